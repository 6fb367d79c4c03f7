// path: src/services/invoice.service.ts
import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { Customer } from '../db/entities/customer.entity';
import { Invoice, InvoiceStatus } from '../db/entities/invoice.entity';
import { InvoiceLine } from '../db/entities/invoice-line.entity';
import { MailerService } from '../mailer/mailer.service';

export interface CreateInvoiceDto {
  customerId: string;
  lines: { description: string; amount: number }[];
}

@Injectable()
export class InvoiceService {
  private readonly logger = new Logger(InvoiceService.name);
  private readonly currencyCache = new Map<string, string>();

  constructor(
    @InjectRepository(Invoice) private readonly invoices: Repository<Invoice>,
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
  ) {}

  async sendReminders(invoiceIds: string[]): Promise<void> {
    for (const id of invoiceIds) {
      const invoice = await this.invoices.findOne({ where: { id }, relations: { customer: true } }); // expect: no-query-in-loop
      if (!invoice) throw new NotFoundException(`Invoice ${id} not found`);
      await this.mailer.send(invoice.customer.email, 'reminder', { invoice });
    }
  }

  async overdueByCustomer(): Promise<Map<string, Invoice[]>> {
    const overdue = await this.invoices.find({ where: { status: InvoiceStatus.Overdue } });
    const byCustomer = new Map<string, Invoice[]>();
    for (const invoice of overdue) {
      const customer = await this.customerOf(invoice); // expect: no-query-in-loop
      byCustomer.set(customer.id, [...(byCustomer.get(customer.id) ?? []), invoice]);
    }
    return byCustomer;
  }

  private async customerOf(invoice: Invoice): Promise<Customer> {
    return this.customers.findOneByOrFail({ id: invoice.customerId });
  }

  async overdueByCustomerBatched(): Promise<Map<string, Invoice[]>> {
    const overdue = await this.invoices.find({ where: { status: InvoiceStatus.Overdue } });
    const customers = await this.customers.findBy({ id: In(overdue.map((i) => i.customerId)) });
    const byId = new Map(customers.map((c) => [c.id, c]));
    const grouped = new Map<string, Invoice[]>();
    for (const invoice of overdue) {
      const customer = byId.get(invoice.customerId);
      if (customer) grouped.set(customer.id, [...(grouped.get(customer.id) ?? []), invoice]);
    }
    return grouped;
  }

  async createDrafts(dtos: CreateInvoiceDto[]): Promise<Invoice[]> {
    const drafts = dtos.map((dto) => this.invoices.create({ customerId: dto.customerId, status: InvoiceStatus.Draft }));
    return this.invoices.save(drafts);
  }

  async create(dto: CreateInvoiceDto): Promise<Invoice> {
    return this.dataSource.transaction(async (manager) => {
      const invoice = await manager.save(Invoice, { customerId: dto.customerId, status: InvoiceStatus.Draft });
      for (const line of dto.lines) {
        await manager.save(InvoiceLine, { ...line, invoiceId: invoice.id }); // expect: no-query-in-loop
      }
      return invoice;
    });
  }

  async markPaid(invoiceIds: string[]): Promise<void> {
    await this.invoices.update({ id: In(invoiceIds) }, { status: InvoiceStatus.Paid, paidAt: new Date() });
  }

  async statusCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const status of [InvoiceStatus.Draft, InvoiceStatus.Open, InvoiceStatus.Overdue]) {
      counts[status] = await this.invoices.countBy({ status });
    }
    return counts;
  }

  async totalsFor(customerIds: string[]): Promise<{ customerId: string; total: number }[]> {
    return this.invoices
      .createQueryBuilder('invoice')
      .select('invoice.customerId', 'customerId')
      .addSelect('SUM(invoice.amount)', 'total')
      .where('invoice.customerId IN (:...customerIds)', { customerIds })
      .groupBy('invoice.customerId')
      .getRawMany();
  }

  currencyLabels(codes: string[]): string[] {
    return codes.map((code) => this.currencyCache.get(code) ?? code.toUpperCase());
  }

  async recalculate(invoiceIds: string[]): Promise<void> {
    await Promise.all(
      invoiceIds.map(async (id) => {
        const lines = await this.dataSource.getRepository(InvoiceLine).findBy({ invoiceId: id }); // expect: no-query-in-loop
        const amount = lines.reduce((sum, line) => sum + line.amount, 0);
        this.logger.debug(`invoice ${id}: ${amount}`);
      }),
    );
  }
}

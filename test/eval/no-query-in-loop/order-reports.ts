// path: src/services/order-reports.ts
import { DataTypes, Model, Op, Sequelize } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL ?? 'sqlite::memory:', { logging: false });

class Order extends Model {
  declare id: number;
  declare customerId: number;
  declare amount: number;
  declare status: 'pending' | 'paid' | 'refunded';
}
Order.init(
  {
    customerId: DataTypes.INTEGER,
    amount: DataTypes.DECIMAL(10, 2),
    status: DataTypes.STRING,
  },
  { sequelize, tableName: 'orders' },
);

const OrderLine = sequelize.define('OrderLine', {
  orderId: DataTypes.INTEGER,
  sku: DataTypes.STRING,
  quantity: DataTypes.INTEGER,
});

const ReportJob = sequelize.define('ReportJob', {
  customerId: DataTypes.INTEGER,
  status: DataTypes.STRING,
});

export async function lifetimeValue(customers: { id: number; email: string }[]) {
  const totals = new Map<number, number>();
  customers.forEach(async (customer) => {
    const total = await Order.sum('amount', { where: { customerId: customer.id, status: 'paid' } }); // expect: no-query-in-loop
    totals.set(customer.id, total ?? 0);
  });
  return totals;
}

export async function lifetimeValueBatched(customerIds: number[]) {
  return Order.findAll({
    attributes: ['customerId', [sequelize.fn('SUM', sequelize.col('amount')), 'total']],
    where: { customerId: customerIds, status: 'paid' },
    group: ['customerId'],
    raw: true,
  });
}

export async function placeOrder(customerId: number, lines: { sku: string; quantity: number }[]) {
  return sequelize.transaction(async (transaction) => {
    const order = await Order.create({ customerId, amount: 0, status: 'pending' }, { transaction });
    for (const line of lines) {
      await OrderLine.create({ ...line, orderId: order.id }, { transaction }); // expect: no-query-in-loop
    }
    return order;
  });
}

export async function placeOrderBatched(customerId: number, lines: { sku: string; quantity: number }[]) {
  return sequelize.transaction(async (transaction) => {
    const order = await Order.create({ customerId, amount: 0, status: 'pending' }, { transaction });
    await OrderLine.bulkCreate(
      lines.map((line) => ({ ...line, orderId: order.id })),
      { transaction },
    );
    return order;
  });
}

/** Worker: claims one queued job at a time until the queue is empty. */
export async function drainReportQueue(render: (customerId: number) => Promise<void>) {
  for (;;) {
    const job = await ReportJob.findOne({ where: { status: 'queued' }, order: [['id', 'ASC']] });
    if (!job) return;
    await job.update({ status: 'running' });
    await render(job.get('customerId') as number);
    await job.update({ status: 'done' });
  }
}

export async function refundAll(orderIds: number[]) {
  const pending = [...orderIds];
  while (pending.length > 0) {
    const id = pending.pop() as number;
    await Order.update({ status: 'refunded' }, { where: { id } }); // expect: no-query-in-loop
  }
}

export async function refundAllBatched(orderIds: number[]) {
  await Order.update({ status: 'refunded' }, { where: { id: { [Op.in]: orderIds } } });
}

export async function statusBreakdown() {
  const breakdown: Record<string, number> = {};
  for (const status of ['pending', 'paid', 'refunded'] as const) {
    breakdown[status] = await Order.count({ where: { status } });
  }
  return breakdown;
}

export function emailsOf(orders: Order[]) {
  return orders.map((order) => order.get('customerId'));
}

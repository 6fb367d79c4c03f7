import type { ForbiddenRule } from '../dist/src/depcruise/types';

export declare const forbidden: ForbiddenRule[];
export declare const options: Record<string, unknown>;

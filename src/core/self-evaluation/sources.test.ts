import { describe, expect, it } from 'vitest';
import { formatAmount } from '../money';
import { wan } from '../monitoring/testing';
import { mapAmountsBySource, notSplit } from './sources';

describe('mapAmountsBySource', () => {
  it('converts each given part and keeps the parts not given as null', () => {
    const parts = { fiscal: wan('18.32'), carryover: null, other: wan('2') };
    expect(mapAmountsBySource(parts, (amount) => formatAmount(amount, '万元'))).toEqual({ fiscal: '18.32', carryover: null, other: '2.00' });
    expect(mapAmountsBySource(notSplit, (amount) => formatAmount(amount, '万元'))).toEqual({ fiscal: null, carryover: null, other: null });
  });
});

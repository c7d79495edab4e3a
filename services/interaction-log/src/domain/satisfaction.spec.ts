import fc from 'fast-check';
import { satisfactionFigures } from './satisfaction';

const counts = (nps: number[], csat: number[]) => ({
  responses: Math.max(nps.length, csat.length),
  npsResponses: nps.length,
  promoters: nps.filter((n) => n >= 9).length,
  passives: nps.filter((n) => n === 7 || n === 8).length,
  detractors: nps.filter((n) => n <= 6).length,
  csatResponses: csat.length,
  csatSum: csat.reduce((a, b) => a + b, 0),
});

describe('satisfactionFigures', () => {
  it('computes NPS as % promoters minus % detractors, passives only in the base', () => {
    // 3 promoters, 2 passives, 2 detractors of 7: 42.857 % − 28.571 % = 14.286 → 14.3
    expect(satisfactionFigures(counts([10, 9, 10, 8, 7, 6, 0], [])).nps).toBe('14.3');
  });

  it('reaches +100 and −100 at the extremes', () => {
    expect(satisfactionFigures(counts([9, 10], [])).nps).toBe('100.0');
    expect(satisfactionFigures(counts([0, 6, 3], [])).nps).toBe('-100.0');
  });

  it('averages CSAT exactly, rounded half up to two places', () => {
    expect(satisfactionFigures(counts([], [5, 4, 4, 2, 5, 3])).averageCsat).toBe('3.83');
    expect(satisfactionFigures(counts([], [4, 5])).averageCsat).toBe('4.50');
    // 1.005 would become 1.00 in binary floating point; decimals keep it 1.01.
    expect(satisfactionFigures({ ...counts([], []), csatResponses: 200, csatSum: 201 }).averageCsat).toBe(
      '1.01',
    );
  });

  it('gives null figures when nobody answered', () => {
    expect(satisfactionFigures(counts([], []))).toMatchObject({ nps: null, averageCsat: null });
  });

  it('keeps NPS within −100 … 100 and CSAT within 1 … 5 for any answers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }),
        (nps, csat) => {
          const figures = satisfactionFigures(counts(nps, csat));
          expect(Number(figures.nps)).toBeGreaterThanOrEqual(-100);
          expect(Number(figures.nps)).toBeLessThanOrEqual(100);
          expect(Number(figures.averageCsat)).toBeGreaterThanOrEqual(1);
          expect(Number(figures.averageCsat)).toBeLessThanOrEqual(5);
        },
      ),
    );
  });
});

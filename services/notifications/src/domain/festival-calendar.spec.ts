import { festivalsOn } from './festival-calendar';

describe('festival calendar', () => {
  it.each([
    ['2026-02-17', 'lunar-new-year'],
    ['2028-01-26', 'lunar-new-year'],
    ['2026-09-25', 'mid-autumn'],
    ['2026-03-20', 'eid-al-fitr'],
    ['2026-05-27', 'eid-al-adha'],
    ['2026-12-05', 'hanukkah'],
    ['2026-03-21', 'nowruz'],
    ['2026-12-25', 'christmas'],
  ])('finds %s as the first day of %s', (date, festival) => {
    expect(festivalsOn(date)).toContain(festival);
  });

  it('finds no festival on an ordinary day', () => {
    expect(festivalsOn('2026-07-14')).toEqual([]);
  });
});

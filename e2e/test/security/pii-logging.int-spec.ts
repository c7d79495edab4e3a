import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, createTestDatabase, eventually, mintToken } from '@crm/testing';

/** Personal data seeded through the API; none of it may appear in any log line or error answer. */
const personalData = {
  name: 'Thandiwe Nokuthula Mahlangu-Zungu',
  email: 'thandiwe.mahlangu@example.co.za',
  phone: '+27829876543',
};

describe('personal data never reaches the logs', () => {
  it('keeps names, e-mail addresses and phone numbers out of every log line, even at trace level', async () => {
    const main = join(__dirname, '..', '..', '..', 'dist', 'services', 'customer-profile', 'src', 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
    const database = await createTestDatabase('pii_logging');
    const port = 3111;
    const child = spawn(process.execPath, [main], {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        REDIS_URL: '',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: database.url,
        ...database.env,
        EVENT_TRANSPORT: 'in-process',
        LOG_LEVEL: 'trace',
        OTEL_SDK_DISABLED: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stdout.on('data', (chunk) => (logs += chunk));
    child.stderr.on('data', (chunk) => (logs += chunk));
    const url = `http://127.0.0.1:${port}`;
    const answers: string[] = [];
    try {
      await eventually(
        async () => expect((await fetch(`${url}/health/ready`)).status).toBe(200),
        30_000,
        200,
      );
      const token = await mintToken({ roles: ['relationship-manager'] });
      const send = async (path: string, init: RequestInit = {}) => {
        const response = await fetch(`${url}${path}`, {
          ...init,
          headers: { 'content-type': 'application/json', ...bearer(token), ...(init.headers as object) },
        });
        const text = await response.text();
        if (response.status >= 400) answers.push(text);
        return { status: response.status, text };
      };
      const body = {
        name: { full: personalData.name },
        locale: 'zu-ZA',
        timeZone: 'Africa/Johannesburg',
        countryOfResidence: 'ZA',
        email: personalData.email,
        phone: personalData.phone,
      };
      const created = await send('/v1/customers', { method: 'POST', body: JSON.stringify(body) });
      if (created.status !== 201) {
        const errors = logs.split('\n').filter((line) => line.includes('"level":50'));
        throw new Error(`registration answered ${created.status}; the service logged:\n${errors.join('\n')}`);
      }
      const { id } = JSON.parse(created.text) as { id: string };
      expect((await send(`/v1/customers/${id}`)).text).toContain(personalData.email);
      // Failures that carry the personal data in the request.
      await send('/v1/customers', {
        method: 'POST',
        body: JSON.stringify({ ...body, email: `${personalData.name}@@` }),
      });
      await send('/v1/customers', {
        method: 'POST',
        body: JSON.stringify({ ...body, phone: `${personalData.phone}999999` }),
      });
      await send('/v1/customers', {
        method: 'POST',
        body: JSON.stringify({ ...body, locale: personalData.email }),
      });
      await send('/v1/customers', { method: 'POST', body: `{"name":{"full":"${personalData.name}"` });
      await send(`/v1/customers/${id}`, { headers: { authorization: `Bearer ${personalData.email}` } });
      await send(`/v1/audit?subject=${encodeURIComponent(personalData.email)}`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      await database.drop();
    }

    expect(logs.length).toBeGreaterThan(1000);
    // Every request that carried the personal data and failed was answered with an error to check.
    expect(answers).toHaveLength(6);
    const values = [personalData.name, personalData.email, personalData.phone, personalData.phone.slice(3)];
    for (const value of [...values, ...values.map(encodeURIComponent)]) {
      expect(logs).not.toContain(value);
      for (const answer of answers) expect(answer).not.toContain(value);
    }
  });
});

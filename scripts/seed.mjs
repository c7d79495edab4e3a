#!/usr/bin/env node
// Seeds demo customers from many cultures — names in their own scripts, their locales, time zones and
// countries — through the public API of a running platform (`npm start` or `npm run dev`).
// Usage: npm run seed [-- --url http://127.0.0.1:3001]
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://127.0.0.1:3001' } } });
const token = execFileSync(
  process.execPath,
  [new URL('./token.mjs', import.meta.url).pathname, '--scopes', 'customers:write'],
  {
    encoding: 'utf8',
  },
).trim();

const customers = [
  {
    name: { full: '王小明' },
    locale: 'zh-Hant-TW',
    timeZone: 'Asia/Taipei',
    countryOfResidence: 'TW',
    phone: '+886912345678',
  },
  {
    name: { full: '李娜' },
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    countryOfResidence: 'CN',
    email: 'li.na@example.cn',
  },
  { name: { full: '佐藤 花子' }, locale: 'ja-JP', timeZone: 'Asia/Tokyo', countryOfResidence: 'JP' },
  { name: { full: '김민준' }, locale: 'ko-KR', timeZone: 'Asia/Seoul', countryOfResidence: 'KR' },
  {
    name: { full: 'Nguyễn Thị Minh Khai' },
    locale: 'vi-VN',
    timeZone: 'Asia/Ho_Chi_Minh',
    countryOfResidence: 'VN',
  },
  {
    name: { full: 'محمد بن راشد' },
    locale: 'ar-AE',
    timeZone: 'Asia/Dubai',
    countryOfResidence: 'AE',
    phone: '+971501234567',
  },
  {
    name: { full: 'Priya Raghunathan' },
    locale: 'ta-IN',
    timeZone: 'Asia/Kolkata',
    countryOfResidence: 'IN',
  },
  {
    name: { full: 'Oluwaseun Adébáyọ̀' },
    locale: 'yo-NG',
    timeZone: 'Africa/Lagos',
    countryOfResidence: 'NG',
  },
  {
    name: { full: 'María José García de la Cruz' },
    locale: 'es-MX',
    timeZone: 'America/Mexico_City',
    countryOfResidence: 'MX',
  },
  {
    name: { full: 'Анна Петровна Иванова' },
    locale: 'ru-RU',
    timeZone: 'Europe/Moscow',
    countryOfResidence: 'RU',
  },
  { name: { full: 'אברהם כהן' }, locale: 'he-IL', timeZone: 'Asia/Jerusalem', countryOfResidence: 'IL' },
  { name: { full: 'Sukarno' }, locale: 'id-ID', timeZone: 'Asia/Jakarta', countryOfResidence: 'ID' },
  {
    name: { full: 'Seán Ó Briain' },
    locale: 'ga-IE',
    timeZone: 'Europe/Dublin',
    countryOfResidence: 'IE',
    email: 'sean@example.ie',
  },
  { name: { full: 'شیرین عبادی' }, locale: 'fa-IR', timeZone: 'Asia/Tehran', countryOfResidence: 'IR' },
];

let created = 0;
for (const customer of customers) {
  const response = await fetch(`${values.url}/v1/customers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(customer),
  });
  if (response.status !== 201) {
    console.error(`${customer.name.full}: ${response.status} ${await response.text()}`);
    process.exitCode = 1;
    continue;
  }
  const { id } = await response.json();
  created += 1;
  console.log(`${id}  ${customer.locale.padEnd(10)} ${customer.name.full}`);
}
console.log(
  `seeded ${created} customers from ${new Set(customers.map((c) => c.countryOfResidence)).size} countries`,
);

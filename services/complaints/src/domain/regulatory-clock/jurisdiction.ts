/**
 * A complaint's jurisdiction: an ISO 3166-1 country, optionally with an ISO 3166-2 subdivision
 * (`GB`, `GB-SCT`, `US-CA`). The subdivision chooses the time zone and the public holidays.
 */
export interface Jurisdiction {
  country: string;
  subdivision?: string;
}

const JURISDICTION = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/;

export function parseJurisdiction(value: string): Jurisdiction | undefined {
  const match = JURISDICTION.exec(value);
  if (!match?.[1]) return undefined;
  return match[2] ? { country: match[1], subdivision: match[2] } : { country: match[1] };
}

export function formatJurisdiction(jurisdiction: Jurisdiction): string {
  return jurisdiction.subdivision
    ? `${jurisdiction.country}-${jurisdiction.subdivision}`
    : jurisdiction.country;
}

/**
 * The IANA zone in which "the day of receipt" is counted. A subdivision entry wins over its country's;
 * a country's entry is its capital's (or, for the US, the Eastern zone the CFPB portal works in).
 */
export const JURISDICTION_TIME_ZONES: Readonly<Record<string, string>> = {
  US: 'America/New_York',
  'US-AK': 'America/Anchorage',
  'US-AZ': 'America/Phoenix',
  'US-CA': 'America/Los_Angeles',
  'US-CO': 'America/Denver',
  'US-HI': 'Pacific/Honolulu',
  'US-IL': 'America/Chicago',
  'US-MN': 'America/Chicago',
  'US-NV': 'America/Los_Angeles',
  'US-OR': 'America/Los_Angeles',
  'US-TX': 'America/Chicago',
  'US-UT': 'America/Denver',
  'US-WA': 'America/Los_Angeles',
  'US-PR': 'America/Puerto_Rico',
  GB: 'Europe/London',
  CN: 'Asia/Shanghai',
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  ES: 'Europe/Madrid',
  'ES-CN': 'Atlantic/Canary',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  GR: 'Europe/Athens',
  HR: 'Europe/Zagreb',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  LV: 'Europe/Riga',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  'PT-20': 'Atlantic/Azores',
  'PT-30': 'Atlantic/Madeira',
  RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm',
  SI: 'Europe/Ljubljana',
  SK: 'Europe/Bratislava',
};

export function timeZoneOf(jurisdiction: Jurisdiction): string | undefined {
  return (
    (jurisdiction.subdivision
      ? JURISDICTION_TIME_ZONES[`${jurisdiction.country}-${jurisdiction.subdivision}`]
      : undefined) ?? JURISDICTION_TIME_ZONES[jurisdiction.country]
  );
}

/**
 * The holiday calendar (date-holidays country and region) for a jurisdiction. Great Britain without a
 * subdivision counts England's bank holidays, where most UK firms have their complaints teams.
 */
export function holidayCalendarOf(jurisdiction: Jurisdiction): { country: string; region?: string } {
  if (jurisdiction.subdivision) return { country: jurisdiction.country, region: jurisdiction.subdivision };
  if (jurisdiction.country === 'GB') return { country: 'GB', region: 'ENG' };
  return { country: jurisdiction.country };
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { Counter, type Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { Clock } from '@crm/kernel';
import { activeManager } from '@crm/persistence';
import { METRICS_REGISTRY, cursorNotIssued, decodeCursor, encodeCursor } from '@crm/platform';
import {
  MissingTranslationLog,
  type MissingTranslationPage,
} from '../../application/templates/missing-translation.log';
import { isCatalogTemplateKey } from '../../domain/templates/template-catalog';
import { MissingTranslationOrmEntity } from './missing-translation.orm-entity';

const LOCALE_TAG = /^[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/** A position (template key, requested locale) from a cursor this API issued; a forged one is a 400, never a database error. */
function cursorPosition(cursor: string): { templateKey: string; requestedLocale: string } {
  const position = decodeCursor(cursor, ['templateKey', 'requestedLocale'] as const);
  if (!isCatalogTemplateKey(position.templateKey) || !LOCALE_TAG.test(position.requestedLocale)) {
    throw cursorNotIssued();
  }
  return position;
}

// The list says which translations are missing, not how often: the counter has the exact figure.
// Writing every sighting would make one hot row per template and locale that every sending
// transaction waits on, so each replica refreshes a row at most once a minute.
const REFRESH_EVERY_MS = 60_000;

/** A fallback is counted (metric), logged (warn) and kept (table) for the translators' list. */
@Injectable()
export class MissingTranslationTypeOrmLog extends MissingTranslationLog {
  private readonly logger = new Logger('templates');
  private readonly fallbacks: Counter<'template' | 'locale'>;
  private readonly lastWritten = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(METRICS_REGISTRY) registry: Registry,
  ) {
    super();
    this.fallbacks = new Counter({
      name: 'notification_template_missing_translations_total',
      help: 'Messages rendered from a fallback locale because the requested locale has no approved text.',
      labelNames: ['template', 'locale'],
      registers: [registry],
    });
  }

  async record(
    templateKey: string,
    requestedLocale: string,
    servedLocale: string,
    chain: string[],
  ): Promise<void> {
    this.fallbacks.inc({ template: templateKey, locale: requestedLocale });
    const key = `${templateKey}\u0000${requestedLocale}`;
    const last = this.lastWritten.get(key);
    if (last !== undefined && performance.now() - last < REFRESH_EVERY_MS) return;
    this.lastWritten.set(key, performance.now());
    this.logger.warn(
      `missing translation: ${templateKey} has no approved ${requestedLocale} text; sent ${servedLocale} (chain ${chain.join(' > ')})`,
    );
    const now = this.clock.now();
    await activeManager(this.dataSource).query(
      `INSERT INTO template_missing_translations
         (template_key, requested_locale, served_locale, chain, first_seen_at, last_seen_at)
       VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT (template_key, requested_locale) DO UPDATE
         SET served_locale = EXCLUDED.served_locale,
             chain = EXCLUDED.chain,
             last_seen_at = greatest(template_missing_translations.last_seen_at, EXCLUDED.last_seen_at)`,
      [templateKey, requestedLocale, servedLocale, chain.join(' > '), now],
    );
  }

  async list(limit: number, cursor?: string): Promise<MissingTranslationPage> {
    const after = cursor ? cursorPosition(cursor) : undefined;
    const query = activeManager(this.dataSource)
      .createQueryBuilder(MissingTranslationOrmEntity, 'm')
      .orderBy('m.template_key')
      .addOrderBy('m.requested_locale')
      .limit(limit + 1);
    if (after) {
      query.where('(m.template_key, m.requested_locale) > (:key, :locale)', {
        key: after.templateKey,
        locale: after.requestedLocale,
      });
    }
    const rows = await query.getMany();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({
        templateKey: row.templateKey,
        requestedLocale: row.requestedLocale,
        servedLocale: row.servedLocale,
        firstSeenAt: row.firstSeenAt,
        lastSeenAt: row.lastSeenAt,
      })),
      ...(rows.length > limit && last
        ? {
            nextCursor: encodeCursor({
              templateKey: last.templateKey,
              requestedLocale: last.requestedLocale,
            }),
          }
        : {}),
    };
  }
}

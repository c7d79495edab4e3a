import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('template_missing_translations')
export class MissingTranslationOrmEntity {
  @PrimaryColumn('text', { name: 'template_key' })
  templateKey!: string;

  @PrimaryColumn('text', { name: 'requested_locale' })
  requestedLocale!: string;

  @Column('text', { name: 'served_locale' })
  servedLocale!: string;

  @Column('text')
  chain!: string;

  @Column('timestamptz', { name: 'first_seen_at' })
  firstSeenAt!: Date;

  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt!: Date;
}

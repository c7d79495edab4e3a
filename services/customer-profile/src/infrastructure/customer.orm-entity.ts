import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { AlternateName, MessengerIds, PostalAddress } from '../domain/customer';

/** Table `customers`. Contact points are held encrypted (see PersonalDataVault) with keyed search hashes. */
@Entity('customers')
export class CustomerOrmEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'full_name' })
  fullName!: string;

  @Column('text', { name: 'given_name', nullable: true })
  givenName!: string | null;

  @Column('text', { name: 'family_name', nullable: true })
  familyName!: string | null;

  @Column('text', { name: 'name_order', nullable: true })
  nameOrder!: 'given-first' | 'family-first' | null;

  @Column('jsonb', { name: 'name_alternates' })
  nameAlternates!: AlternateName[];

  @Column('text', { name: 'preferred_name', nullable: true })
  preferredName!: string | null;

  @Column('text', { nullable: true })
  honorific!: string | null;

  @Column('text')
  locale!: string;

  @Column('text', { name: 'additional_locales', array: true })
  additionalLocales!: string[];

  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  @Column('char', { name: 'country_of_residence', length: 2 })
  countryOfResidence!: string;

  @Column('char', { length: 2, nullable: true })
  nationality!: string | null;

  @Column('text', { name: 'communication_style', nullable: true })
  communicationStyle!: string | null;

  @Column('text', { name: 'observed_festivals', array: true, nullable: true })
  observedFestivals!: string[] | null;

  /** Legacy plain columns of rows written before encryption; emptied on their next update. */
  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('bytea', { name: 'email_encrypted', nullable: true })
  emailEncrypted!: Buffer | null;

  @Column('text', { name: 'email_hash', nullable: true })
  emailHash!: string | null;

  @Column('bytea', { name: 'phone_encrypted', nullable: true })
  phoneEncrypted!: Buffer | null;

  @Column('text', { name: 'phone_hash', nullable: true })
  phoneHash!: string | null;

  @Column('jsonb', { name: 'postal_address', nullable: true })
  postalAddress!: PostalAddress | null;

  @Column('jsonb', { name: 'messenger_ids', nullable: true })
  messengerIds!: MessengerIds | null;

  /** The key e-mail and phone are encrypted with. */
  @Column('text', { name: 'pii_key_id', nullable: true })
  piiKeyId!: string | null;

  @Column('text', { name: 'preferred_channels', array: true })
  preferredChannels!: string[];

  @Column('char', { name: 'contact_hours_start', length: 5, nullable: true })
  contactHoursStart!: string | null;

  @Column('char', { name: 'contact_hours_end', length: 5, nullable: true })
  contactHoursEnd!: string | null;

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}

import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

@Entity('customers')
export class CustomerOrmEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'full_name' })
  fullName!: string;

  @Column('text')
  locale!: string;

  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  @Column('char', { name: 'country_of_residence', length: 2 })
  countryOfResidence!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}

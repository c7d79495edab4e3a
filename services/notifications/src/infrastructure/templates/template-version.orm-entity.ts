import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TemplateTexts } from '../../domain/templates/template-text';

@Entity('template_versions')
export class TemplateVersionOrmEntity {
  @PrimaryColumn('text', { name: 'template_key' })
  templateKey!: string;

  @PrimaryColumn('text')
  locale!: string;

  @PrimaryColumn('integer')
  version!: number;

  @Column('text')
  status!: 'draft' | 'approved';

  @Column('jsonb')
  texts!: TemplateTexts;

  @Column('text', { name: 'authored_by' })
  authoredBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('text', { name: 'approved_by', nullable: true })
  approvedBy!: string | null;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt!: Date | null;
}

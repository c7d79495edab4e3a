import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { IsCountry } from '@crm/platform';
import {
  IDENTITY_DOCUMENT_TYPES,
  maskDocumentNumber,
  type IdentityDocument,
  type IdentityDocumentType,
} from '../domain/identity-document';

export class AddIdentityDocumentRequest {
  @ApiProperty({ enum: IDENTITY_DOCUMENT_TYPES, example: 'passport' })
  @IsIn(IDENTITY_DOCUMENT_TYPES)
  type!: IdentityDocumentType;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2.', example: 'TW' })
  @IsCountry()
  issuingCountry!: string;

  @ApiProperty({
    description: 'Personal data: stored encrypted, searchable by exact value, shown masked without pii:read.',
    example: '312345678',
  })
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N} \-./]{2,58}[\p{L}\p{N}]$/u, {
    message: 'number must be 4 to 60 letters or digits (spaces, -, . and / allowed between them)',
  })
  number!: string;
}

export class IdentityDocumentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: IDENTITY_DOCUMENT_TYPES, example: 'passport' }) type!: IdentityDocumentType;
  @ApiProperty({ example: 'TW' }) issuingCountry!: string;
  @ApiProperty({ description: 'Masked unless the caller holds pii:read.', example: '*****5678' })
  number!: string;
  @ApiProperty({ format: 'date-time' }) addedAt!: string;

  static from(document: IdentityDocument, revealPersonalData: boolean): IdentityDocumentResponse {
    return {
      id: document.id,
      type: document.type,
      issuingCountry: document.issuingCountry,
      number: revealPersonalData ? document.number : maskDocumentNumber(document.number),
      addedAt: document.addedAt.toISOString(),
    };
  }
}

export class IdentityDocumentsResponse {
  @ApiProperty({ type: [IdentityDocumentResponse] }) items!: IdentityDocumentResponse[];
}

import { ValidateBy, type ValidationOptions } from 'class-validator';
import { taxonomyViolations } from '../domain/cfpb-taxonomy';
import { parseJurisdiction, timeZoneOf } from '../domain/regulatory-clock/jurisdiction';

type TaxonomyField = 'product' | 'subProduct' | 'issue' | 'subIssue';

interface Classification {
  product: string;
  subProduct?: string;
  issue: string;
  subIssue?: string;
}

/** Membership of the CFPB taxonomy, checked field by field against the rest of the classification. */
export function IsInCfpbTaxonomy(field: TaxonomyField, options?: ValidationOptions) {
  const violationOf = (object: object) =>
    taxonomyViolations(object as Classification).find((v) => v.field === field);
  return ValidateBy(
    {
      name: 'isInCfpbTaxonomy',
      validator: {
        validate: (value, args) =>
          typeof value === 'string' && !!args && violationOf(args.object) === undefined,
        defaultMessage: (args) =>
          (args && violationOf(args.object)?.detail) ?? `${field} must be a string from the CFPB taxonomy`,
      },
    },
    options,
  );
}

/** A jurisdiction the regulatory clock knows the time zone of (`GB`, `US-CA`, `CN`, …). */
export function IsSupportedJurisdiction(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isSupportedJurisdiction',
      validator: {
        validate: (value) => {
          if (typeof value !== 'string') return false;
          const jurisdiction = parseJurisdiction(value);
          return jurisdiction !== undefined && timeZoneOf(jurisdiction) !== undefined;
        },
        defaultMessage: () =>
          'jurisdiction must be an ISO 3166-1 country with an optional ISO 3166-2 subdivision the bank serves, e.g. GB, US-CA, CN',
      },
    },
    options,
  );
}

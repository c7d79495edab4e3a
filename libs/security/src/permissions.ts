/**
 * What a caller may do. Channel apps get permissions as OAuth2 scopes; staff through their roles;
 * customer-facing apps act for one customer and only on that customer's own resources.
 */
export const PERMISSIONS = [
  'customers:read',
  'customers:write',
  'interactions:read',
  'interactions:write',
  'complaints:read',
  'complaints:write',
  'loans:read',
  'loans:write',
  'notifications:read',
  'notifications:write',
  'pii:read',
  'audit:read',
  // Set by compliance systems: KYC status and AML flags.
  'compliance:write',
  // Customer vulnerability (FCA FG21/1): recorded by staff with the customer's agreement.
  'vulnerability:read',
  'vulnerability:write',
  // Data-subject rights: erasure requests and personal-data exports.
  'privacy:write',
  // The second person of a maker–checker pair (complaint final responses, hardship arrangements).
  'complaints:approve',
  'loans:approve',
  // Regulatory reports and cross-customer insight.
  'reports:read',
  // Notification templates: authoring and approval for sending.
  'templates:write',
  // Answering a satisfaction survey (customer-facing apps).
  'surveys:write',
  // Operators: inspecting the records a service parked in its dead-letter topic, and replaying them.
  'dead-letters:read',
  'dead-letters:replay',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const STAFF_ROLES = [
  'relationship-manager',
  'complaint-handler',
  'collections-officer',
  'compliance-officer',
  'auditor',
  'admin',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Least privilege per role: each gets what its work needs, and only auditors and compliance read the audit trail. */
export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  'relationship-manager': [
    'customers:read',
    'customers:write',
    'interactions:read',
    'interactions:write',
    'complaints:read',
    'loans:read',
    'notifications:read',
    'notifications:write',
    'pii:read',
    'vulnerability:read',
    'vulnerability:write',
  ],
  'complaint-handler': [
    'customers:read',
    'interactions:read',
    'interactions:write',
    'complaints:read',
    'complaints:write',
    'complaints:approve',
    'pii:read',
    'vulnerability:read',
  ],
  'collections-officer': [
    'customers:read',
    'interactions:read',
    'interactions:write',
    'loans:read',
    'loans:write',
    'loans:approve',
    'pii:read',
    'vulnerability:read',
  ],
  'compliance-officer': [
    'customers:read',
    'interactions:read',
    'complaints:read',
    'loans:read',
    'audit:read',
    'pii:read',
    'compliance:write',
    'privacy:write',
    'reports:read',
    'templates:write',
  ],
  auditor: [
    'customers:read',
    'interactions:read',
    'complaints:read',
    'loans:read',
    'notifications:read',
    'audit:read',
  ],
  // Administers the platform, not customers: no personal data, no audit trail; the only role that
  // inspects and replays dead letters.
  admin: [
    'customers:read',
    'interactions:read',
    'complaints:read',
    'loans:read',
    'notifications:read',
    'dead-letters:read',
    'dead-letters:replay',
  ],
};

/** What a customer may do through a customer-facing app, on their own resources only. */
export const CUSTOMER_SELF_PERMISSIONS: readonly Permission[] = [
  'customers:read',
  'customers:write',
  'interactions:read',
  'complaints:read',
  'complaints:write',
  'loans:read',
  'notifications:read',
  'pii:read',
  'surveys:write',
];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

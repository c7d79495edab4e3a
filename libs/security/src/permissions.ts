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
  ],
  'complaint-handler': [
    'customers:read',
    'interactions:read',
    'interactions:write',
    'complaints:read',
    'complaints:write',
    'pii:read',
  ],
  'collections-officer': [
    'customers:read',
    'interactions:read',
    'interactions:write',
    'loans:read',
    'loans:write',
    'pii:read',
  ],
  'compliance-officer': [
    'customers:read',
    'interactions:read',
    'complaints:read',
    'loans:read',
    'audit:read',
    'pii:read',
  ],
  auditor: [
    'customers:read',
    'interactions:read',
    'complaints:read',
    'loans:read',
    'notifications:read',
    'audit:read',
  ],
  // Administers the platform, not customers: no personal data, no audit trail.
  admin: ['customers:read', 'interactions:read', 'complaints:read', 'loans:read', 'notifications:read'],
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
];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

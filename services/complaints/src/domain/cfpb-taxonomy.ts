/**
 * The US CFPB consumer-complaint taxonomy (products, sub-products, issues and sub-issues as the CFPB
 * complaint form and the public Consumer Complaint Database name them, 2023 edition), maintained here as
 * data. Complaints in every jurisdiction are classified with it so that volumes compare across
 * countries; `fcaProductGroup` maps each product to the FCA complaints return (DISP 1 Annex 1R).
 */
export interface CfpbIssue {
  issue: string;
  subIssues: readonly string[];
}

export type FcaProductGroup =
  | 'Banking and credit cards'
  | 'Home finance'
  | 'Insurance & pure protection'
  | 'Decumulation & pensions'
  | 'Investments';

export interface CfpbProduct {
  product: string;
  subProducts: readonly string[];
  issues: readonly CfpbIssue[];
  fcaProductGroup: FcaProductGroup;
  /** A payment service in the sense of the Payment Services Regulations 2017 (DISP 1.6.2AR). */
  isPaymentService: boolean;
}

export const CFPB_TAXONOMY: readonly CfpbProduct[] = [
  {
    product: 'Checking or savings account',
    subProducts: [
      'Checking account',
      'Savings account',
      'CD (Certificate of Deposit)',
      'Other banking product or service',
    ],
    issues: [
      {
        issue: 'Managing an account',
        subIssues: [
          'Deposits and withdrawals',
          'Problem using a debit or ATM card',
          'Banking errors',
          'Funds not handled or disbursed as instructed',
          'Fee problem',
          'Cashing a check',
        ],
      },
      {
        issue: 'Opening an account',
        subIssues: [
          'Account opened without my consent or knowledge',
          "Didn't receive terms that were advertised",
        ],
      },
      {
        issue: 'Closing an account',
        subIssues: [
          'Company closed your account',
          "Can't close your account",
          'Funds not received from closed account',
        ],
      },
      {
        issue: 'Problem caused by your funds being low',
        subIssues: ['Overdrafts and overdraft fees', 'Late or other fees'],
      },
      {
        issue: 'Problem with a lender or other company charging your account',
        subIssues: ['Transaction was not authorized', "Can't stop withdrawals from your bank account"],
      },
    ],
    fcaProductGroup: 'Banking and credit cards',
    isPaymentService: true,
  },
  {
    product: 'Credit card',
    subProducts: ['General-purpose credit card or charge card', 'Store credit card'],
    issues: [
      {
        issue: 'Problem with a purchase shown on your statement',
        subIssues: [
          "Credit card company isn't resolving a dispute about a purchase on your statement",
          'Card was charged for something you did not purchase with the card',
        ],
      },
      { issue: 'Fees or interest', subIssues: ['Problem with fees', 'Charged too much interest'] },
      {
        issue: 'Getting a credit card',
        subIssues: ['Card opened without my consent or knowledge', 'Application denied'],
      },
      {
        issue: 'Closing your account',
        subIssues: ['Company closed your account', "Can't close your account"],
      },
      {
        issue: 'Trouble using your card',
        subIssues: ['Card was declined', "Can't use card to make purchases"],
      },
      {
        issue: 'Other features, terms, or problems',
        subIssues: ['Problem with rewards from credit card', 'Other problem'],
      },
    ],
    fcaProductGroup: 'Banking and credit cards',
    isPaymentService: false,
  },
  {
    product: 'Prepaid card',
    subProducts: ['General-purpose prepaid card', 'Government benefit card', 'Gift card', 'Payroll card'],
    issues: [
      {
        issue: 'Managing, opening, or closing your prepaid card account',
        subIssues: ['Problem accessing account', 'Fees'],
      },
      {
        issue: 'Unauthorized transactions or other transaction problem',
        subIssues: ['Money was taken from your account on the wrong day or for the wrong amount'],
      },
      { issue: 'Fees or interest', subIssues: [] },
    ],
    fcaProductGroup: 'Banking and credit cards',
    isPaymentService: true,
  },
  {
    product: 'Mortgage',
    subProducts: [
      'Conventional home mortgage',
      'FHA mortgage',
      'VA mortgage',
      'USDA mortgage',
      'Home equity loan or line of credit (HELOC)',
      'Reverse mortgage',
      'Other type of mortgage',
    ],
    issues: [
      {
        issue: 'Trouble during payment process',
        subIssues: ['Payment process', 'Escrow, taxes, or insurance'],
      },
      { issue: 'Struggling to pay mortgage', subIssues: ['Loan modification', 'Foreclosure'] },
      { issue: 'Applying for a mortgage or refinancing an existing mortgage', subIssues: [] },
      { issue: 'Closing on a mortgage', subIssues: [] },
      {
        issue: 'Incorrect information on your report',
        subIssues: ['Information belongs to someone else', 'Account status incorrect'],
      },
    ],
    fcaProductGroup: 'Home finance',
    isPaymentService: false,
  },
  {
    product: 'Vehicle loan or lease',
    subProducts: ['Loan', 'Lease'],
    issues: [
      { issue: 'Managing the loan or lease', subIssues: ['Billing problem', 'Problem with fees charged'] },
      {
        issue: 'Struggling to pay your loan',
        subIssues: [
          'Denied request to lower payments',
          'Problem with additional products or services purchased with the loan',
        ],
      },
      { issue: 'Getting a loan or lease', subIssues: ['Credit denial', 'Unable to get terms offered'] },
      {
        issue: 'Problems at the end of the loan or lease',
        subIssues: [
          'Problem related to refinancing',
          'Unable to receive car title or other problem after the loan is paid off',
        ],
      },
    ],
    fcaProductGroup: 'Banking and credit cards',
    isPaymentService: false,
  },
  {
    product: 'Student loan',
    subProducts: ['Federal student loan servicing', 'Private student loan'],
    issues: [
      {
        issue: 'Dealing with your lender or servicer',
        subIssues: [
          'Received bad information about your loan',
          'Trouble with how payments are being handled',
        ],
      },
      {
        issue: 'Struggling to repay your loan',
        subIssues: ['Problem lowering your monthly payments', 'Problem with forbearance or deferment'],
      },
      { issue: 'Getting a loan', subIssues: [] },
    ],
    fcaProductGroup: 'Banking and credit cards',
    isPaymentService: false,
  },
  {
    product: 'Payday loan, title loan, personal loan, or advance loan',
    subProducts: [
      'Installment loan',
      'Payday loan',
      'Personal line of credit',
      'Title loan',
      'Earned wage access',
      'Tax refund anticipation loan',
    ],
    issues: [
      { issue: 'Getting a loan', subIssues: ['Fraudulent loan', 'Problem with the interest rate'] },
      { issue: "Charged fees or interest you didn't expect", subIssues: [] },
      {
        issue: 'Struggling to pay your loan',
        subIssues: ['Problem lowering your monthly payments', 'Denied request to lower payments'],
      },
      { issue: 'Problem with the payoff process at the end of the loan', subIssues: [] },
    ],
    fcaProductGroup: 'Banking and credit cards',
    isPaymentService: false,
  },
  {
    product: 'Money transfer, virtual currency, or money service',
    subProducts: [
      'Domestic (US) money transfer',
      'International money transfer',
      'Mobile or digital wallet',
      'Virtual currency',
      'Check cashing service',
      'Money order',
    ],
    issues: [
      { issue: 'Fraud or scam', subIssues: [] },
      {
        issue: 'Unauthorized transactions or other transaction problem',
        subIssues: ['Money was taken from your account on the wrong day or for the wrong amount'],
      },
      { issue: 'Money was not available when promised', subIssues: [] },
      { issue: 'Other transaction problem', subIssues: [] },
    ],
    fcaProductGroup: 'Banking and credit cards',
    isPaymentService: true,
  },
  {
    product: 'Debt collection',
    subProducts: [
      'Credit card debt',
      'Medical debt',
      'Auto debt',
      'Mortgage debt',
      'Payday loan debt',
      'Other debt',
      'I do not know',
    ],
    issues: [
      {
        issue: 'Attempts to collect debt not owed',
        subIssues: ['Debt is not yours', 'Debt was paid', 'Debt was result of identity theft'],
      },
      {
        issue: 'Written notification about debt',
        subIssues: ["Didn't receive enough information to verify debt"],
      },
      {
        issue: 'Communication tactics',
        subIssues: ['Frequent or repeated calls', 'Used obscene, profane, or other abusive language'],
      },
      { issue: 'False statements or representation', subIssues: ['Attempted to collect wrong amount'] },
      {
        issue: 'Took or threatened to take negative or legal action',
        subIssues: ['Threatened or suggested your credit would be damaged'],
      },
    ],
    fcaProductGroup: 'Banking and credit cards',
    isPaymentService: false,
  },
  {
    product: 'Credit reporting or other personal consumer reports',
    subProducts: ['Credit reporting', 'Other personal consumer report'],
    issues: [
      {
        issue: 'Incorrect information on your report',
        subIssues: [
          'Information belongs to someone else',
          'Account status incorrect',
          'Account information incorrect',
        ],
      },
      {
        issue: 'Improper use of your report',
        subIssues: [
          'Reporting company used your report improperly',
          "Credit inquiries on your report that you don't recognize",
        ],
      },
      {
        issue: "Problem with a company's investigation into an existing problem",
        subIssues: ['Their investigation did not fix an error on your report'],
      },
    ],
    fcaProductGroup: 'Banking and credit cards',
    isPaymentService: false,
  },
  {
    product: 'Debt or credit management',
    subProducts: [
      'Debt settlement',
      'Credit repair services',
      'Mortgage modification or foreclosure avoidance',
    ],
    issues: [
      { issue: 'Excessive fees', subIssues: [] },
      { issue: "Didn't receive services that were advertised", subIssues: [] },
    ],
    fcaProductGroup: 'Banking and credit cards',
    isPaymentService: false,
  },
];

export function cfpbProduct(product: string): CfpbProduct | undefined {
  return CFPB_TAXONOMY.find((entry) => entry.product === product);
}

/** The classification's problems, one per field, empty when it belongs to the taxonomy. */
export function taxonomyViolations(classification: {
  product: string;
  subProduct?: string;
  issue: string;
  subIssue?: string;
}): { field: 'product' | 'subProduct' | 'issue' | 'subIssue'; detail: string }[] {
  const product = cfpbProduct(classification.product);
  if (!product) {
    return [{ field: 'product', detail: 'product must be a CFPB product, e.g. Checking or savings account' }];
  }
  const violations: { field: 'product' | 'subProduct' | 'issue' | 'subIssue'; detail: string }[] = [];
  if (classification.subProduct !== undefined && !product.subProducts.includes(classification.subProduct)) {
    violations.push({
      field: 'subProduct',
      detail: `subProduct must be one of the sub-products of ${product.product}`,
    });
  }
  const issue = product.issues.find((entry) => entry.issue === classification.issue);
  if (!issue) {
    violations.push({ field: 'issue', detail: `issue must be one of the CFPB issues of ${product.product}` });
  } else if (classification.subIssue !== undefined && !issue.subIssues.includes(classification.subIssue)) {
    violations.push({
      field: 'subIssue',
      detail: `subIssue must be one of the sub-issues of ${issue.issue}`,
    });
  }
  return violations;
}

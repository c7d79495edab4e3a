export interface RegisterCustomerCommand {
  name: { full: string };
  locale: string;
  timeZone: string;
  countryOfResidence: string;
  email?: string;
  phone?: string;
}

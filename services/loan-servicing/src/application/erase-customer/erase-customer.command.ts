export interface EraseCustomerCommand {
  customerId: string;
  requestId: string;
}

export interface RequestErasureCommand {
  customerId: string;
}

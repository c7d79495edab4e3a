/** A provider's delivery receipt, as its webhook delivered it. */
export interface RecordDeliveryReceiptCommand {
  provider: string;
  /** The exact bytes received: the signature is over them. */
  rawBody: Buffer;
  signature: string | undefined;
  /** The provider's id of the message, or our message key as `reference`. */
  messageId?: string;
  reference?: string;
  status: string;
  error?: string;
}

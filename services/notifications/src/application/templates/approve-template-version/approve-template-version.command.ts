export interface ApproveTemplateVersionCommand {
  templateKey: string;
  locale: string;
  version: number;
  /** The approver (token subject): must not be the author. */
  approver: string;
}

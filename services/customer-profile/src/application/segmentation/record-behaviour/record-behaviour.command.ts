import type { BehaviourObservation } from '../../../domain/segmentation/customer-signals';

export interface RecordBehaviourCommand {
  customerId: string;
  observation: BehaviourObservation;
}

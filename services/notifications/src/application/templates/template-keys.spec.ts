import { TEMPLATE_CATALOG_KEYS } from '../../domain/templates/template-catalog';
import { TEMPLATE_KEYS } from './template-renderer';

it('documents every template key the delivery pipeline uses, and no other', () => {
  expect([...TEMPLATE_CATALOG_KEYS].sort()).toEqual([...TEMPLATE_KEYS].sort());
});

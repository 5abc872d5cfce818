import type { ContactInput } from '../../shared/contacts';
import type { Db } from '../db/database';
import type { FieldProblem } from '../http/request-error';

/** The codes a contact may link to, read once so that a whole import can be checked against one snapshot. */
export interface ReferenceCodes {
  customerClasses: Set<string>;
  classifications: Set<string>;
  /** Object code → its object type code. */
  objects: Map<string, string>;
}

export async function loadReferenceCodes(db: Db): Promise<ReferenceCodes> {
  const [classes, classifications, objects] = await Promise.all([
    db.selectFrom('customer_classes').select('code').execute(),
    db.selectFrom('classifications').select('code').execute(),
    db.selectFrom('objects').select(['code', 'type_code']).execute(),
  ]);
  return {
    customerClasses: new Set(classes.map((row) => row.code)),
    classifications: new Set(classifications.map((row) => row.code)),
    objects: new Map(objects.map((row) => [row.code, row.type_code])),
  };
}

/** Field problems of links to codes that do not exist, and of two objects of one object type. */
export function checkReferences(input: ContactInput, codes: ReferenceCodes): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  if (input.CustCat !== '' && !codes.customerClasses.has(input.CustCat)) {
    problems.CustCat = { text: 'unknownCustomerClass' };
  }
  const unknownClassifications = input.Classification.filter((code) => !codes.classifications.has(code));
  if (unknownClassifications.length > 0) {
    problems.Classification = { text: 'unknownClassification', params: { codes: unknownClassifications.join(', ') } };
  }
  const unknownObjects = input.Objects.filter((code) => !codes.objects.has(code));
  if (unknownObjects.length > 0) {
    problems.Objects = { text: 'unknownObject', params: { codes: unknownObjects.join(', ') } };
  } else {
    const types = input.Objects.map((code) => codes.objects.get(code) ?? '');
    const repeated = [...new Set(types.filter((type, index) => types.indexOf(type) !== index))];
    if (repeated.length > 0) problems.Objects = { text: 'oneObjectPerType', params: { types: repeated.join(', ') } };
  }
  return problems;
}

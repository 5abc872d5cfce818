import { describe, expect, it } from 'vitest';
import { applyContactCells, parseFlag } from './contact-csv';
import { emptyContactInput } from './contacts';
import { importFields, mappingProblems, matchColumns } from './import-export';

describe("matching a file's columns to fields", () => {
  it('knows Standard Books field names and the Estonian and English labels, in any case and spacing', () => {
    expect(
      matchColumns(
        [
          'Code',
          'nimi',
          'E-POST',
          'Kliendi klassifikaator',
          'Ära koosta massmaile',
          'Contact person',
          'Loodud',
          'Märkus',
        ],
        importFields.contacts,
      ),
    ).toEqual(['Code', 'Name', 'eMail', 'Classification', 'NoMailPosting', 'Person', null, null]);
  });

  it('gives a field only to the first column that names it', () => {
    expect(matchColumns(['Kood', 'Code', 'Nimi'], importFields.customerClasses)).toEqual(['code', null, 'name']);
    expect(matchColumns(['Kood', 'Kirjeldus', 'Objektitüüp'], importFields.objects)).toEqual([
      'code',
      'name',
      'typeCode',
    ]);
  });

  it('says which chosen fields are unknown or twice, and whether the code is missing', () => {
    const problems = mappingProblems('contacts', ['Name', 'Name', 'DateCreated']);
    expect([...problems.columns]).toEqual([
      [1, 'duplicateField'],
      [2, 'unknownField'],
    ]);
    expect(problems.keyMissing).toBe(true);
    expect(mappingProblems('classifications', ['code', 'typeCode']).keyMissing).toBe(false);
  });
});

describe('reading a contact row', () => {
  it('reads flags as 1/0, jah/ei or yes/no, lists as comma-separated codes, and keeps fields that are not in the file', () => {
    const base = { ...emptyContactInput, Code: 'A1', Name: 'Vana nimi', Phone: '+372 600 0000' };
    const { input, problems } = applyContactCells(
      base,
      ['Name', 'Classification', 'NoMailPosting', 'blockedFlag', 'CustType'],
      ['Uus nimi', ' HARJU , UUDIS,', 'Jah', '0', 'Eraisik'],
    );
    expect(input).toEqual({
      ...base,
      Name: 'Uus nimi',
      Classification: ['HARJU', 'UUDIS'],
      NoMailPosting: true,
      blockedFlag: false,
      CustType: 1,
    });
    expect(problems.size).toBe(0);
    expect(parseFlag('')).toBe(false);
    expect(parseFlag('yes')).toBe(true);
    expect(parseFlag('2')).toBeNull();
    expect([...applyContactCells(base, ['CustType'], ['3']).problems]).toEqual([['CustType', 'invalidContactType']]);
  });
});

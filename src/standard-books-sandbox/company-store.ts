import { SANDBOX_REGISTERS, demoRecords } from './demo-records';
import type { SbSandboxCompanyInput, SbSandboxFault, SbSandboxRecord } from './types';

export interface StoredRecord {
  fields: Record<string, string>;
  sequence: bigint;
}

export interface Company {
  companyNo: string;
  /** Register name → code → record. */
  registers: Map<string, Map<string, StoredRecord>>;
  /** The company's high-water mark: every change takes the next number. */
  sequence: bigint;
  faults: SbSandboxFault[];
}

const DEFAULT_CONTACTS = 20;

export const byCode = (a: StoredRecord, b: StoredRecord): number => {
  const [x = '', y = ''] = [a.fields.Code, b.fields.Code];
  return x < y ? -1 : x > y ? 1 : 0;
};

export const bySequence = (a: StoredRecord, b: StoredRecord): number =>
  a.sequence < b.sequence ? -1 : a.sequence > b.sequence ? 1 : 0;

export const copyRecord = (record: StoredRecord): SbSandboxRecord => ({
  fields: { ...record.fields },
  sequence: String(record.sequence),
});

export type CompanyStore = ReturnType<typeof createCompanyStore>;

/** The companies of one sandbox, their registers and sequences, and every change a test may make. */
export function createCompanyStore() {
  const companies = new Map<string, Company>();

  function company(companyNo: string): Company {
    const found = companies.get(companyNo);
    if (!found) throw new Error(`The Standard Books sandbox has no company ${companyNo}`);
    return found;
  }

  function register(companyNo: string, name: string): Map<string, StoredRecord> {
    const found = company(companyNo).registers.get(name);
    if (!found) throw new Error(`The Standard Books sandbox has no register ${name}`);
    return found;
  }

  /** Creates or merges by Code, taking the company's next sequence. */
  function put(companyNo: string, registerName: string, fields: Record<string, string>): StoredRecord {
    const code = fields.Code;
    if (typeof code !== 'string' || code === '') throw new Error('A record needs a Code');
    const target = company(companyNo);
    const records = register(companyNo, registerName);
    target.sequence += 1n;
    const record = records.get(code) ?? { fields: {}, sequence: 0n };
    Object.assign(record.fields, fields);
    record.sequence = target.sequence;
    records.set(code, record);
    return record;
  }

  return {
    find: (companyNo: string): Company | undefined => companies.get(companyNo),
    register,
    put,

    add({ companyNo, contacts = DEFAULT_CONTACTS, startSequence = 0n }: SbSandboxCompanyInput = {}): string {
      let number = companyNo;
      for (let next = companies.size + 1; number === undefined; next++) {
        if (!companies.has(String(next))) number = String(next);
      }
      if (!/^\d{1,6}$/.test(number)) throw new Error(`Not a company number: "${number}"`);
      if (companies.has(number)) throw new Error(`The sandbox already has company ${number}`);
      const registers = new Map(
        Object.values(SANDBOX_REGISTERS).map((name) => [name, new Map<string, StoredRecord>()]),
      );
      companies.set(number, { companyNo: number, registers, sequence: startSequence, faults: [] });
      for (const [name, record] of demoRecords(contacts)) put(number, name, record);
      return number;
    },

    remove(companyNo: string, registerName: string, code: string): void {
      const records = register(companyNo, registerName);
      if (!records.delete(code)) throw new Error(`No ${registerName} record ${code}`);
      company(companyNo).sequence += 1n;
    },

    resetSequence(companyNo: string): bigint {
      const target = company(companyNo);
      const all = [...target.registers.values()].flatMap((records) => [...records.values()]).sort(bySequence);
      all.forEach((record, index) => {
        record.sequence = BigInt(index + 1);
      });
      target.sequence = BigInt(all.length);
      return target.sequence;
    },

    company,
  };
}

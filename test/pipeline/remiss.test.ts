/** Government remisses a document names, and who sent them (pipeline/extract/remiss.ts). */
import { describe, expect, it } from 'vitest';
import { remissOf } from '../../pipeline/extract/remiss.ts';
import { findCaseNumbers } from '../../pipeline/grammar/case-numbers.ts';
import { runPipeline } from '../../pipeline/pipeline.ts';

const read = (text: string) => remissOf(findCaseNumbers(text), text);

describe('remiss', () => {
  it('reads an SOU, a Ds and a departement number as the remiss, and the departement named or coded', () => {
    expect(read('Remiss från Finansdepartementet av betänkandet En kommunallag för framtiden (SOU 2015:24). Svar senast 1 mars.')).toEqual({ remiss: ['SOU 2015:24'], departement: ['Finansdepartementet'] });
    expect(read('Yttrande över promemorian Ds 2023:14, dnr KN2023/03318.')).toEqual({ remiss: ['Ds 2023:14', 'KN2023/03318'], departement: ['Klimat- och näringslivsdepartementet'] });
    expect(read('Regeringskansliet\nJustitiedepartementets dnr Ju2020/01879/L7')).toEqual({ remiss: ['Ju2020/01879/L7'], departement: ['Justitiedepartementet'] });
  });

  it("is empty for a document that names only the municipality's own cases or cites a proposition", () => {
    expect(read('Kommunstyrelsens remiss KS 2018/906 om våldspreventivt centrum, Socialdepartementet nämns inte som avsändare.')).toEqual({ remiss: [], departement: [] });
    expect(read('Enligt prop. 2016/17:180 ska kommunerna ...')).toEqual({ remiss: [], departement: [] });
  });

  it('is on the Document, beside the case numbers it is also among', () => {
    const doc = runPipeline({ id: 'x', source: 'x.txt', text: 'Gävle kommun\nTjänsteskrivelse\n2022-09-20\nDnr KS-2022-00412\n\nYttrande över betänkandet Laddinfrastruktur i hela landet (SOU 2022:41)\n\nInfrastrukturdepartementet har remitterat betänkandet (dnr I2022/01583).' });
    expect(doc.remiss).toEqual(['SOU 2022:41', 'I2022/01583']);
    expect(doc.departement).toEqual(['Infrastrukturdepartementet']);
    expect(doc.refDnr).toEqual(expect.arrayContaining(['SOU 2022:41']));
  });
});

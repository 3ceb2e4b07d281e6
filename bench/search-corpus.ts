/**
 * A generated corpus of municipal documents on ten topics, and a judged query set over it, for
 * bench:search. Sentences are written as Swedish municipal prose is: full of compounds
 * ("hemlöshetsstrategin", "samverkansöverenskommelsen"), while people search with plain words
 * ("strategi mot hemlöshet"). A document is relevant to a query when it is on the query's topic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../scripts/random.ts';

export interface Topic {
  key: string;
  titles: string[];
  sentences: string[];
  queries: string[];
}

export const TOPICS: Topic[] = [
  {
    key: 'hemlöshet',
    titles: ['Stadens hemlöshetsstrategi', 'Vräkningsförebyggande arbete', 'Bostadsförsörjning för hemlösa'],
    sentences: [
      'Hemlöshetsstrategin anger hur nämnderna ska samverka kring bostadsförsörjningen.',
      'Förvaltningen ser ett ökat behov av vräkningsförebyggande insatser i stadsdelen.',
      'Bostad först-modellen har införts som grundmodell för personer i akut hemlöshet.',
      'Hyresskulder är den vanligaste orsaken till avhysningar bland barnfamiljer.',
      'Socialtjänstens boendesamordnare arbetar med träningslägenheter och kategoriboenden.',
      'Antalet hemlösa i stadens centrala delar har ökat sedan den förra kartläggningen.',
      'Bostadsbolagen deltar i arbetet med sociala kontrakt och förturer.',
    ],
    queries: ['strategi mot hemlöshet', 'vräkning barnfamiljer', 'bostad först'],
  },
  {
    key: 'trygghet',
    titles: ['Samverkansöverenskommelse med polisen', 'Trygghetsskapande åtgärder i stadsdelen', 'Brottsförebyggande program'],
    sentences: [
      'Samverkansöverenskommelsen mellan staden och polisregionen ska stärka det brottsförebyggande arbetet.',
      'Trygghetsvandringar genomförs tillsammans med boende och fastighetsägare.',
      'Lokalpolisområdet och stadsdelsförvaltningen tar fram en gemensam lägesbild.',
      'Kameraövervakning har införts på torget efter beslut i trygghetsrådet.',
      'Medborgarlöftena följs upp årligen av polisen och kommunen.',
      'Ordningsvakter har anlitats under helgnätter i centrumområdet.',
      'Ungdomar som riskerar att dras in i kriminalitet erbjuds avhopparverksamhet.',
    ],
    queries: ['överenskommelse polisen', 'trygghet på torget', 'brott ungdomar kriminalitet'],
  },
  {
    key: 'äldreomsorg',
    titles: ['Kvalitet i hemtjänsten', 'Särskilt boende för äldre', 'Biståndsbedömning i äldreomsorgen'],
    sentences: [
      'Hemtjänstinsatserna har ökat med fyra procent jämfört med föregående år.',
      'Äldreförvaltningen har gjort en brukarundersökning om kontinuiteten i hemtjänsten.',
      'Väntetiden till vård- och omsorgsboende har minskat under året.',
      'Biståndshandläggarna bedömer behoven utifrån socialtjänstlagen.',
      'Dagverksamheten för personer med demenssjukdom har utökats.',
      'Personalkontinuiteten är en viktig kvalitetsfaktor för de äldre.',
      'Trygghetslarmen har bytts ut mot digitala larm i hela kommunen.',
    ],
    queries: ['hemtjänst kvalitet', 'boende för äldre väntetid', 'demens dagverksamhet'],
  },
  {
    key: 'skola',
    titles: ['Skolplacering i grundskolan', 'Åtgärder mot problematisk skolfrånvaro', 'Elevhälsans arbete'],
    sentences: [
      'Skolfrånvaron har ökat bland eleverna på högstadiet.',
      'Elevhälsoteamet arbetar med tidiga insatser för elever med hög frånvaro.',
      'Skolplaceringsreglerna ses över inför nästa läsår.',
      'Grundskolenämnden beslutar om nya upptagningsområden.',
      'Studiehandledning på modersmålet erbjuds nyanlända elever.',
      'Skolsociala team har inrättats i samarbete med socialtjänsten.',
      'Resultaten i nationella proven har förbättrats i matematik.',
    ],
    queries: ['frånvaro i skolan', 'elevhälsa tidiga insatser', 'placering grundskola'],
  },
  {
    key: 'miljö',
    titles: ['Miljöprogram för kommunen', 'Klimatanpassning av stadsmiljön', 'Avfallsplan'],
    sentences: [
      'Miljöprogrammet innehåller mål för utsläppsminskningar till år 2030.',
      'Klimatanpassningsåtgärderna omfattar dagvattenhantering och grönytor.',
      'Avfallsplanen ska öka matavfallsinsamlingen i flerbostadshus.',
      'Miljöförvaltningen har genomfört luftkvalitetsmätningar vid skolorna.',
      'Solcellsanläggningar installeras på kommunens fastigheter.',
      'Kemikalieplanen begränsar användningen av farliga ämnen i förskolan.',
      'Fordonsflottan ska bestå av fossilfria fordon.',
    ],
    queries: ['utsläpp klimat mål', 'avfall matavfall', 'solceller fastigheter'],
  },
  {
    key: 'trafik',
    titles: ['Cykelplan för innerstaden', 'Trafiksäkerhet vid skolor', 'Parkeringsstrategi'],
    sentences: [
      'Cykelinfrastrukturen byggs ut med nya cykelbanor längs huvudgatorna.',
      'Trafiknämnden föreslår sänkta hastighetsgränser vid förskolor.',
      'Parkeringsnormen för nya bostäder revideras i parkeringsstrategin.',
      'Kollektivtrafikförsörjningen i ytterstaden ska förbättras.',
      'Trafiksäkerhetsåtgärderna omfattar upphöjda övergångsställen.',
      'Vinterväghållningen prioriterar gång- och cykelvägar.',
      'Busskörfälten förlängs för att öka framkomligheten.',
    ],
    queries: ['cykelbanor', 'hastighet förskola trafiksäkerhet', 'parkering nya bostäder'],
  },
  {
    key: 'budget',
    titles: ['Budgetuppföljning per april', 'Verksamhetsplan och budget', 'Bokslut och årsanalys'],
    sentences: [
      'Budgetuppföljningen visar ett prognostiserat underskott för helåret.',
      'Nämnden föreslås omfördela medel mellan verksamhetsområdena.',
      'Personalkostnaderna har ökat mer än budgeterat.',
      'Investeringsbudgeten för året omfattar renoveringar av lokaler.',
      'Årsanalysen redovisar måluppfyllelse och ekonomiskt resultat.',
      'Effektiviseringskravet uppgår till en procent av nettokostnaderna.',
      'Intäkterna från avgifter har varit lägre än beräknat.',
    ],
    queries: ['underskott prognos', 'investering renovering lokaler', 'bokslut resultat'],
  },
  {
    key: 'kultur',
    titles: ['Biblioteksplan', 'Stöd till föreningslivet', 'Kulturskolans verksamhet'],
    sentences: [
      'Biblioteksplanen beskriver hur folkbiblioteken ska nå fler läsare.',
      'Föreningsbidragen fördelas enligt nya riktlinjer från kulturnämnden.',
      'Kulturskolan erbjuder kurser i musik, dans och teater.',
      'Meröppna bibliotek har införts i tre stadsdelar.',
      'Idrottsföreningarna får tillgång till fler hallar på kvällstid.',
      'Fritidsgårdarnas öppettider har utökats under sommarlovet.',
      'Läsfrämjande insatser riktas till barn i förskoleåldern.',
    ],
    queries: ['bibliotek läsare', 'bidrag till föreningar', 'musik dans kulturskola'],
  },
  {
    key: 'bygg',
    titles: ['Detaljplan för nya bostäder', 'Bygglov och tillsyn', 'Översiktsplanen'],
    sentences: [
      'Detaljplanen möjliggör cirka trehundra nya bostäder i området.',
      'Stadsbyggnadsnämnden har handlagt fler bygglovsansökningar än föregående år.',
      'Översiktsplanen pekar ut nya utvecklingsområden längs tunnelbanan.',
      'Samrådet om planförslaget pågick under sex veckor.',
      'Strandskyddet har prövats i samband med exploateringen.',
      'Handläggningstiden för bygglov har förkortats.',
      'Markanvisningen ger byggherren rätt att förhandla om marken.',
    ],
    queries: ['plan för bostäder', 'bygglov handläggningstid', 'samråd planförslag'],
  },
  {
    key: 'barn',
    titles: ['Orosanmälningar och barnavårdsutredningar', 'Familjehemsvård', 'Förebyggande föräldraskapsstöd'],
    sentences: [
      'Antalet orosanmälningar har ökat kraftigt under året.',
      'Barnavårdsutredningarna ska slutföras inom fyra månader.',
      'Familjehemssekreterarna rekryterar fler jourhem.',
      'Föräldraskapsstödet erbjuds alla föräldrar till barn mellan noll och sex år.',
      'Socialnämnden har beslutat om placering enligt lagen om vård av unga.',
      'Barnets bästa ska beaktas vid alla beslut som rör barn.',
      'Familjecentralerna samlar mödrahälsovård, barnhälsovård och öppen förskola.',
    ],
    queries: ['oro för barn anmälan', 'familjehem placering', 'stöd till föräldrar'],
  },
];

const NAMNDER = ['Socialnämnden', 'Kommunstyrelsen', 'Rinkeby-Kista stadsdelsnämnd', 'Spånga-Tensta stadsdelsnämnd', 'Äldrenämnden', 'Utbildningsnämnden', 'Trafiknämnden', 'Miljö- och hälsoskyddsnämnden', 'Kulturnämnden', 'Stadsbyggnadsnämnden'];
const GENERIC = [
  'Ärendet har beretts i samråd med berörda förvaltningar.',
  'Förvaltningen föreslår att nämnden godkänner tjänsteutlåtandet.',
  'Beslutet justeras omedelbart.',
  'Ärendet har behandlats i förvaltningsgruppen.',
  'Nämnden har tidigare fattat beslut i frågan.',
];


export interface GeneratedDoc {
  name: string;
  topic: string;
  text: string;
}

/** `count` documents in Stockholm's tjänsteutlåtande layout, spread over the topics, nämnder and years. */
export function generateDocuments(count: number, seed = 1): GeneratedDoc[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const docs: GeneratedDoc[] = [];
  for (let i = 0; i < count; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const year = 2015 + Math.floor(next() * 9);
    const namnd = pick(NAMNDER);
    const sentences = [...topic.sentences].sort(() => next() - 0.5).slice(0, 3 + Math.floor(next() * 3));
    const text = [
      'Handläggare',
      `Anna Berg${i % 7}`,
      `Telefon: 08-508 ${String(10 + (i % 89)).padStart(2, '0')} ${String(100 + (i % 900))}`,
      '',
      'Till',
      namnd,
      `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`,
      '',
      `${pick(topic.titles)} ${year}`,
      '',
      `Svar på remiss från kommunstyrelsen, dnr KS ${year}/${100 + i}`,
      '',
      'Förvaltningens förslag till beslut',
      '',
      pick(GENERIC),
      '',
      'Sammanfattning',
      '',
      sentences.join(' '),
      '',
      'Ärendet',
      '',
      `${pick(GENERIC)} ${pick(GENERIC)}`,
    ].join('\n');
    docs.push({ name: `gen-${String(i).padStart(6, '0')}-${topic.key}.txt`, topic: topic.key, text });
  }
  return docs;
}

/** Writes documents to a folder, for ingest. */
export function writeDocuments(dir: string, docs: GeneratedDoc[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const doc of docs) fs.writeFileSync(path.join(dir, doc.name), doc.text);
}

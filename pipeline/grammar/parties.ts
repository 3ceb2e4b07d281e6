/**
 * The parties of the Riksdag by the letters Swedish municipal documents print after a politician's
 * name ("Lotta Edholm (L)", "Kenneth Sjölin (SD)"), and Folkpartiet, Liberalerna's name until 2015.
 * Local parties differ in every kommun and their letters clash with other abbreviations in
 * parentheses ("(KS)", "(SN)"), so only these are read.
 */
export const PARTIES: Readonly<Record<string, string>> = {
  S: 'Socialdemokraterna',
  M: 'Moderaterna',
  C: 'Centerpartiet',
  L: 'Liberalerna',
  FP: 'Folkpartiet liberalerna',
  KD: 'Kristdemokraterna',
  V: 'Vänsterpartiet',
  MP: 'Miljöpartiet de gröna',
  SD: 'Sverigedemokraterna',
};

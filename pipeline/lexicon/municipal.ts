/**
 * The last part of the name of a municipal body, office or post. The dictionary lists a few such
 * compounds ("socialnämnden") but every city coins its own ("stadsområdesnämnd",
 * "arbetsmarknadsförvaltningen", "stadsområdesdirektör"), and they are the words documents are
 * faceted by: a compound that ends in one is as likely as a listed word.
 */
export const ORGAN_HEAD = /(?:nämnd|förvaltning|direktör|kontor|styrelse|fullmäktige|chef)(?:en|ens|et|ets|er|erna|ernas|ar|arna|s|n|ns)?$/;

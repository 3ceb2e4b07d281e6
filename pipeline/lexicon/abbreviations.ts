/**
 * Abbreviations common in Swedish municipal documents. The dictionary lists few of them, and a
 * corrector that does not know "dnr" turns it into "dur". Each is in Språkrådet's list of common
 * abbreviations (Svenska skrivregler) as well as in these documents ("sekr" after a protokoll's secretary).
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `dnr diarienr tfn tel fax nr kl ca bl.a t.ex m.fl m.m mfl mm resp jfr dvs d.v.s s.k fr.o.m t.o.m
  enl st kap bil prop sfs sol lss lvu lvm pbl kf ks sdn sn sof sdf sdn fk ordf v.ordf tf t.f
  avd adm ekon info sekr`
    .split(/\s+/)
    .filter(Boolean),
);

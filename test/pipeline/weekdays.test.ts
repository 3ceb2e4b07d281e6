import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract/index.ts';
import { restoreLabels } from '../../pipeline/repair/labels.ts';
import { repair } from '../../pipeline/repair/repair.ts';
import { DIGIT_CONFUSIONS, restoreWeekdayDates, WEEKDAYS } from '../../pipeline/repair/weekdays.ts';

describe('a date read against its printed weekday', () => {
  it('has the weekdays in the calendar\'s order and digit confusions that go both ways', () => {
    // 25 November 2019 was a Monday, 15 June 2023 a Thursday.
    expect(WEEKDAYS[new Date(Date.UTC(2019, 10, 25)).getUTCDay()]).toBe('måndag');
    expect(WEEKDAYS[new Date(Date.UTC(2023, 5, 15)).getUTCDay()]).toBe('torsdag');
    for (const [digit, others] of Object.entries(DIGIT_CONFUSIONS)) for (const other of others) expect(DIGIT_CONFUSIONS[other]).toContain(digit);
  });

  it('reads the misread digit of the day that gives the weekday, and a damaged weekday as the weekday', () => {
    expect(restoreWeekdayDates('Tid: Onsdag 13 september 2021 kl. 09:00')).toBe('Tid: Onsdag 15 september 2021 kl. 09:00');
    expect(restoreWeekdayDates('Plats och tid Tingssalen, måndagen den 23 november 2019 kl 18.30')).toBe('Plats och tid Tingssalen, måndagen den 25 november 2019 kl 18.30');
    expect(restoreWeekdayDates('Vid sammanträdet 10rsdagen den 13 juni 2023 behandlade')).toBe('Vid sammanträdet torsdagen den 15 juni 2023 behandlade');
    // Without its å/ä/ö the weekday's word is the word pass's to read; its date is this rule's.
    expect(restoreWeekdayDates('mandagen den 23 november 2019')).toBe('mandagen den 25 november 2019');
  });

  it('reads the year\'s last digit only for a year the document prints nowhere else, as one it prints', () => {
    expect(restoreWeekdayDates('Emmaboda, måndagen den 16 maj 2014, kl 13.00\nDnr 2011:5')).toBe('Emmaboda, måndagen den 16 maj 2011, kl 13.00\nDnr 2011:5');
    expect(restoreWeekdayDates('Emmaboda, måndagen den 16 maj 2014, kl 13.00')).toBe('Emmaboda, måndagen den 16 maj 2014, kl 13.00');
    // A day misread as a digit no table pairs it with ("4" for "3") leaves the document's year alone.
    const justering = 'Budget 2018\nTid för justering Tisdagen den 4 december 2019 kl 15.00\nProtokoll 2019';
    expect(restoreWeekdayDates(justering)).toBe(justering);
  });

  it('leaves a date that falls on its weekday, one that is no date, and one no misread digit explains', () => {
    for (const text of ['måndagen den 25 november 2019', 'Fredagen den 31 juni 2019', 'den 13 september 2021', 'Tisdag 10 oktober 2017']) expect(restoreWeekdayDates(text)).toBe(text);
    // Tuesday 10 October 2017 printed as a Sunday: 16, 18 and 19 are no Sunday, nor 40 or 70 a day.
    expect(restoreWeekdayDates('söndag 10 oktober 2017')).toBe('söndag 10 oktober 2017');
    // A 9 read for a 4 (a closed bowl): Sunday the 24th.
    expect(restoreWeekdayDates('söndagen den 29 november 2019')).toBe('söndagen den 24 november 2019');
  });

  it('reads only damaged text, and the meeting date extraction finds', () => {
    const kallelse = 'KALLELSE\n\nKommunstyrelsen\n\nTid: Onsdag 13 september 2021 kl. 09:00\nPlats: Kommunhuset\n\nÄrenden\n\n1. Upprop';
    expect(restoreLabels(kallelse, false)).toBe(kallelse);
    expect(extract(repair(kallelse, { regime: 'worn' }).text).meetingDate).toBe('2021-09-15');
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redact } from "./redact.js";

/** Every format the redaction promises, each inside a sentence, with the marker it must get. */
const PII: [text: string, marker: string, secret: string][] = [
  ["call me on 07700 900123", "[phone]", "07700 900123"],
  ["my number is 07700900123", "[phone]", "07700900123"],
  ["ring +44 7700 900 123 please", "[phone]", "+44 7700 900 123"],
  ["0044 7700 900123", "[phone]", "0044 7700 900123"],
  ["home phone (020) 7946 0018", "[phone]", "(020) 7946 0018"],
  ["0161 496 0000 is the office", "[phone]", "0161 496 0000"],
  ["01632 960 001", "[phone]", "01632 960 001"],
  ["text 07700-900-123", "[phone]", "07700-900-123"],
  ["mój numer 07700 900 123", "[phone]", "07700 900 123"],
  ["رقمي ٠٧٧٠٠٩٠٠١٢٣", "[phone]", "٠٧٧٠٠٩٠٠١٢٣"],
  ["email me jo.smith@gmail.com", "[email]", "jo.smith@gmail.com"],
  ["JO_99@hotmail.co.uk is mine", "[email]", "JO_99@hotmail.co.uk"],
  ["jo smith at gmail dot com", "[email]", "smith at gmail dot com"],
  ["بريدي ali.k@yahoo.com", "[email]", "ali.k@yahoo.com"],
  ["I live in LS6 2AB", "[postcode]", "LS6 2AB"],
  ["postcode sw1a1aa", "[postcode]", "sw1a1aa"],
  ["M1 1AE", "[postcode]", "M1 1AE"],
  ["i live at 12 Oak Road", "[address]", "12 Oak Road"],
  ["12a long st", "[address]", "12a long st"],
  ["on Mill Lane near the shop", "[address]", "Mill Lane"],
  ["flat 3 upstairs", "[address]", "flat 3"],
  ["apt 4b", "[address]", "apt 4b"],
  ["mieszkam na ul. Długa 5", "[address]", "ul. Długa 5"],
  ["أسكن في شارع الملك", "[address]", "شارع الملك"],
  ["شقة 12", "[address]", "شقة 12"],
  ["I went to the Oakfield Academy", "[school]", "Oakfield"],
  ["Moved From Greenway Primary School", "[school]", "Greenway"],
  ["I go to St Mary's Primary", "[school]", "St Mary's Primary"],
  ["Oakfield Academy is ok", "[school]", "Oakfield Academy"],
  ["Hillside High School", "[school]", "Hillside High School"],
  ["i go to oakfield academy", "[school]", "oakfield academy"],
  ["Bishop Smith C of E Primary", "[school]", "Bishop Smith C of E Primary"],
  ["chodzę do Szkoła Podstawowa nr 5", "[school]", "Szkoła Podstawowa nr 5"],
  ["my friend Kasia", "[name]", "Kasia"],
  ["me and mohammed", "[name]", "mohammed"],
  ["Will is my brother", "[name]", "Will"],
  ["Chidi and Aisha", "[name]", "Chidi"],
  ["Chidi and Aisha", "[name]", "Aisha"],
  ["Priya's mum", "[name]", "Priya"],
  ["zosia jest moją siostrą", "[name]", "zosia"],
  ["أخي Omar", "[name]", "Omar"],
  ["bawię się z Kasią", "[name]", "Kasią"],
  ["gram z Tomkiem w piłkę", "[name]", "Tomkiem"],
  ["idę do Ani", "[name]", "Ani"],
];

describe("redact", () => {
  for (const [text, marker, secret] of PII) {
    it(`takes ${marker} out of "${text}"`, () => {
      const out = redact(text);
      expect(out.text).toContain(marker);
      expect(out.text).not.toContain(secret);
      expect(out.redacted).toBeGreaterThan(0);
    });
  }

  it("takes the organisation's own names out, in any case", () => {
    const out = redact("I live at Brambles with Zbyszko", { names: ["brambles", "Zbyszko"] });
    expect(out).toEqual({ text: "I live at [name] with [name]", redacted: 2 });
  });

  it("leaves ordinary words, school alone and everyday numbers", () => {
    for (const text of [
      "I like school",
      "my new school is big",
      "I go to high school next year",
      "I will go to college",
      "I hope my social worker listens",
      "I have 3 brothers and 2 sisters",
      "I am 14 and in year 9",
      "it was in 2024",
      "the road is busy",
      "I want to live in a flat",
      "Lubię szkołę i moją klasę",
      "oni mają psa i kota",
      "I Have Had 5 Sws This Year",
      "They Never Ask What I Think",
      "I Have No Friends At My New School",
      "Hanging Out With My Friends After School",
      "The Hostel Is Not Safe",
      "الشارع مخيف في الليل",
      "شقتي باردة",
      "أحب المدرسة",
    ]) {
      expect(redact(text)).toEqual({ text, redacted: 0 });
    }
  });

  it("never throws and never makes text longer than its markers allow", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (text) => {
        const out = redact(text);
        expect(out.redacted).toBeGreaterThanOrEqual(0);
        if (out.redacted === 0) expect(out.text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Portuguese counts by Portugal's rules (pt-PT): only 1 is singular, 0 is plural (Brazil's rules
 * make 0 singular), and millions take "de".
 */
import { describe, expect, it } from "vitest";
import { words as pt } from "./words-pt";

describe("Portuguese counted phrases", () => {
  it("says people in the form each count needs", () => {
    expect(pt.takenPart?.(1)).toBe("Já participou 1 pessoa.");
    expect(pt.takenPart?.(0)).toBe("Já participaram 0 pessoas.");
    expect(pt.takenPart?.(2)).toBe("Já participaram 2 pessoas.");
    expect(pt.takenPart?.(21)).toBe("Já participaram 21 pessoas.");
    expect(pt.takenPart?.(101)).toBe("Já participaram 101 pessoas.");
    expect(pt.takenPart?.(1_000_000)).toBe("Já participaram 1000000 de pessoas.");
  });

  it("counts characters, sets of answers and questions the same way", () => {
    expect(pt.charactersLeft?.(1)).toBe("Resta 1 carácter");
    expect(pt.charactersLeft?.(11)).toBe("Restam 11 caracteres");
    expect(pt.waiting?.(1)).toBe("1 conjunto de respostas está à espera de ser enviado.");
    expect(pt.waiting?.(5)).toBe("5 conjuntos de respostas estão à espera de ser enviados.");
    expect(pt.stuck?.(1)).toBe("Não foi possível enviar 1 conjunto de respostas");
    expect(pt.answeredOf?.(0, 1)).toBe("Respondeste a 0 de 1 pergunta.");
    expect(pt.answeredOf?.(3, 22)).toBe("Respondeste a 3 de 22 perguntas.");
  });

  it("names another language the way Portugal does", () => {
    expect(pt.cantReadLanguage?.("pl")).toContain("(polaco)");
  });
});

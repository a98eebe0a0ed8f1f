/**
 * Numbers as a language writes them, in a stated numbering system (`latn` 0–9, `arabext` ۰–۹,
 * `beng` ০–৯), so every engine writes the same digits whatever its locale data defaults to.
 */
export function numbersIn(lang: string, numberingSystem: string): (value: number) => string {
  const format = new Intl.NumberFormat(`${lang}-u-nu-${numberingSystem}`);
  return (value) => format.format(value);
}

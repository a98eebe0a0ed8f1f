/**
 * Boolean attributes as frameworks write them. HTML's rule is "present means true", but React 18,
 * Vue (kebab-case bindings), Svelte 5 and Angular's `[attr.x]` all write a false value as the
 * text "false": read by HTML's rule, `show-image="false"` would show the image. So, as
 * Stencil-built components do, the value "false" (in any case, spaces ignored) means false; any
 * other value, the empty string included, means true.
 */
import type { ComplexAttributeConverter, PropertyValues, ReactiveElement } from 'lit';

const saysFalse = (value: string) => value.trim().toLowerCase() === 'false';

/** Absent or "false": false. Reflects true as an empty attribute and false as no attribute. */
export const booleanAttribute: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value !== null && !saysFalse(value),
  toAttribute: (value) => (value ? '' : null),
};

/**
 * For a setting a widget can inherit from its `<topic-provider>`: absent is `undefined`
 * (inherit), "false" is false (overrides a provider's true). Reflects false as "false", so the
 * attribute keeps saying what the property says.
 */
export const inheritableBooleanAttribute: ComplexAttributeConverter<boolean | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : !saysFalse(value)),
  toAttribute: (value) => (value === undefined || value === null ? null : value ? '' : 'false'),
};

/**
 * The same rule for a boolean *property* set to a string: Vue sets an element's existing property
 * rather than its attribute, so `<topic-card show-image>` arrives as `showImage = ''`, which must
 * mean true as the attribute would. Called from `willUpdate` (a change made there needs no new update).
 */
export function coerceBooleanProperties(element: ReactiveElement, changed: PropertyValues): void {
  const declared = (element.constructor as typeof ReactiveElement).elementProperties;
  for (const name of changed.keys()) {
    const converter = declared.get(name)?.converter;
    if (converter !== booleanAttribute && converter !== inheritableBooleanAttribute) continue;
    const value = (element as unknown as Record<PropertyKey, unknown>)[name];
    if (typeof value === 'string') (element as unknown as Record<PropertyKey, unknown>)[name] = !saysFalse(value);
  }
}

import { resolveUrl, themeOf, type EmbedConfig } from '../embed/config';

/**
 * What is wrong with the script tag's attributes, for the console: the facade ignores invalid values without a
 * word (its bytes are every page's), and the app names them once it has loaded.
 */
export function configProblems({ attributes, scriptUrl, color, locales }: EmbedConfig): string[] {
  const problems: string[] = [];
  const locale = attributes.locale?.trim().toLowerCase().split(/[-_]/)[0];
  if (locale && !locales.includes(locale)) problems.push(`data-locale "${attributes.locale}" is not one of ${locales.join(', ')}; ignoring it`);
  if (attributes.position?.trim() && !/^(left|right)$/i.test(attributes.position.trim())) {
    problems.push(`data-position "${attributes.position}" is not left or right; using right`);
  }
  if (locales.length > 1 && attributes.content && !attributes.content.includes('{locale}')) {
    problems.push(`data-content "${attributes.content}" needs {locale} for data-locales`);
  }
  const faq = attributes.faq?.trim().toLowerCase() === 'none' ? undefined : attributes.faq;
  for (const [name, value] of [['content', attributes.content], ['registration-url', attributes.registrationUrl], ['faq', faq]]) {
    if (value !== undefined && resolveUrl(value, scriptUrl) === null) problems.push(`data-${name} "${value}" is not an http(s) address; ignoring it`);
  }
  if (attributes.theme?.trim() && themeOf(attributes) !== attributes.theme.trim().toLowerCase()) {
    problems.push(`data-theme "${attributes.theme}" is not auto, light or dark; using auto`);
  }
  if (attributes.color?.trim() && color === null) problems.push(`data-color "${attributes.color}" is not a CSS colour; ignoring it`);
  return problems;
}

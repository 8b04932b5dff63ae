import { describe, expect, it } from 'vitest';
import { readEmbedConfig } from '../../widget/embed/config';

const SCRIPT = 'https://cdn.example.com/help/askdown.js';
const anyColor = () => true;

function read(attributes: Parameters<typeof readEmbedConfig>[0], supportsColor = anyColor) {
  const warnings: string[] = [];
  const config = readEmbedConfig(attributes, SCRIPT, supportsColor, (message) => warnings.push(message));
  return { config, warnings };
}

describe('readEmbedConfig, attribute by attribute', () => {
  it('takes http and https addresses only, whole words, relative to the script', () => {
    expect(read({ content: 'http://a.example/en.json' }).config.contentUrl).toBe('http://a.example/en.json');
    expect(read({ content: '  /faq/en.json  ' }).config.contentUrl).toBe('https://cdn.example.com/faq/en.json');
    for (const content of ['ftp://a.example/en.json', 'xhttps://a.example/', 'data:application/json,{}']) {
      const { config, warnings } = read({ content });
      expect(config.contentUrl).toBe('https://cdn.example.com/help/content/en.json');
      expect(warnings).toHaveLength(1);
    }
  });

  it('says nothing about attributes that are absent or valid', () => {
    expect(read({}).warnings).toEqual([]);
    expect(read({ content: 'en.json', registrationUrl: '/register', color: 'red' }).warnings).toEqual([]);
    expect(read({ content: '   ' }).warnings).toHaveLength(1);
  });

  it('treats an empty or blank address as absent', () => {
    expect(read({ registrationUrl: '' }).config.registrationUrl).toBeNull();
    expect(read({ registrationUrl: '   ' }).config.registrationUrl).toBeNull();
    expect(read({ registrationUrl: ' https://nk.example.org/pre ' }).config.registrationUrl).toBe('https://nk.example.org/pre');
  });

  it('trims the title and the colour, and ignores a blank colour without a warning', () => {
    expect(read({ title: '  Need help?  ' }).config.title).toBe('Need help?');
    expect(read({ title: '   ' }).config.title).toBeNull();
    expect(read({ color: '  #c8102e ' }).config.color).toBe('#c8102e');
    expect(read({ color: '   ' })).toEqual({ config: expect.objectContaining({ color: null }), warnings: [] });
    expect(read({ color: 'notacolour' }, () => false).config.color).toBeNull();
  });

  it('opens on load for data-open, "true" or anything but false, 0 and no', () => {
    expect(read({ open: '' }).config.openOnLoad).toBe(true);
    expect(read({ open: 'TRUE' }).config.openOnLoad).toBe(true);
    for (const open of ['false', ' False ', '0', 'no', 'NO']) expect(read({ open }).config.openOnLoad).toBe(false);
    expect(read({}).config.openOnLoad).toBe(false);
  });

  it('puts the launcher left only for "left", in any case', () => {
    expect(read({ position: ' LEFT ' }).config.position).toBe('left');
    expect(read({ position: 'right' }).config.position).toBe('right');
    expect(read({ position: 'center' }).config.position).toBe('right');
  });
});

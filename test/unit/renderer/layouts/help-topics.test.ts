// « Besoin d'aide ? » is on every screen: each route of the kiosk has its own topic, and each topic has questions and
// answers in every language (the lists as long as French: messages.test.ts), which vue-i18n can render.
import { describe, expect, it } from 'vitest';
import type { RouteRecordRaw } from 'vue-router';
import { createKioskI18n, kioskMessages } from '@renderer/i18n';
import { easyReadEn } from '@renderer/i18n/easy-read.en';
import { easyReadFr } from '@renderer/i18n/easy-read.fr';
import { languages } from '@renderer/kiosk/languages';
import { helpTopicOf, helpTopicOfRoute } from '@renderer/layouts/help-topics';
import { routes } from '@renderer/router';

const namesOf = (list: readonly RouteRecordRaw[]): string[] =>
  list.flatMap((r) => [...(typeof r.name === 'string' ? [r.name] : []), ...namesOf(r.children ?? [])]);

describe('the help topics', () => {
  it('give every screen of the kiosk its own topic, and name no screen that does not exist', () => {
    const names = namesOf(routes);
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((name) => !Object.hasOwn(helpTopicOfRoute, name))).toEqual([]);
    expect(Object.keys(helpTopicOfRoute).filter((name) => !names.includes(name))).toEqual([]);
  });

  it('fall back to a topic that exists for a screen they do not know', () => {
    expect(helpTopicOf('no-such-screen')).toBe('welcome');
    expect(helpTopicOf(undefined)).toBe('welcome');
    expect(helpTopicOf('constructor')).toBe('welcome');
  });

  for (const { code } of languages) {
    it(`answer, in ${code}, questions for every topic, and every answer renders as written`, () => {
      const i18n = createKioskI18n();
      i18n.global.locale.value = code;
      const { t, tm, rt } = i18n.global;
      for (const topic of new Set(Object.values(helpTopicOfRoute))) {
        expect(t(`help.topics.${topic}.title`), topic).not.toBe(`help.topics.${topic}.title`);
        const questions = tm(`help.topics.${topic}.questions`) as unknown as { q: string; a: string }[];
        expect(questions.length, topic).toBeGreaterThan(0);
        const own = (kioskMessages[code].help.topics as Record<string, { questions: { q: string; a: string }[] }>)[topic]!;
        questions.forEach((item, i) => {
          // rt() gives back the text itself: no character of vue-i18n's syntax ('@', '|', braces) mangles it.
          expect(rt(item.q)).toBe(own.questions[i]!.q);
          expect(rt(item.a)).toBe(own.questions[i]!.a);
          expect(own.questions[i]!.a.trim().length).toBeGreaterThan(5);
        });
      }
    });
  }

  for (const [locale, easy] of [['fr-x-facile', easyReadFr], ['en-x-facile', easyReadEn]] as const) {
    it(`answer in ${locale} with its own words for every topic, rendered as written`, () => {
      const i18n = createKioskI18n();
      i18n.global.locale.value = locale;
      const { tm, rt } = i18n.global;
      for (const topic of new Set(Object.values(helpTopicOfRoute))) {
        const own = (easy.help!.topics as Record<string, { questions?: readonly { q: string; a: string }[] }>)[topic]?.questions;
        expect(own, topic).toBeDefined();
        const questions = tm(`help.topics.${topic}.questions`) as unknown as { q: string; a: string }[];
        questions.forEach((item, i) => {
          expect(rt(item.q)).toBe(own![i]!.q);
          expect(rt(item.a)).toBe(own![i]!.a);
        });
      }
    });
  }
});

import { describe, expect, it } from 'vitest';
import { detectFeatures, type FeatureKind } from './features.ts';

/** The matched texts of one kind. */
function found(text: string, kind: FeatureKind): string[] {
  return detectFeatures(text)
    .filter((f) => f.kind === kind)
    .map((f) => f.text);
}

describe(detectFeatures.name, () => {
  it('gives spans of the text as written', () => {
    const text = 'وقالَ الوزيرُ إنّ النسبة بلغت ٤٠٪.';
    for (const f of detectFeatures(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  describe('percentage', () => {
    it('finds Latin and Arabic-Indic percentages, and written ones', () => {
      expect(found('Unemployment rose to 7.5% last year.', 'percentage')).toEqual(['7.5%']);
      expect(found('rose by 12 percent', 'percentage')).toEqual(['12 percent']);
      expect(found('بلغ العجز ٧٫٥٪ من الناتج', 'percentage')).toEqual(['٧٫٥٪']);
      expect(found('ارتفع بـ 40 في المئة', 'percentage')).toEqual(['40 في المئة']);
      expect(found('ارتفع ٤٠ بالمائة', 'percentage')).toEqual(['٤٠ بالمائة']);
      expect(found('Half of the wheat is imported.', 'percentage')).toEqual(['Half of']);
    });
    it('does not count a percentage as a number too', () => {
      expect(found('بلغ العجز ٧٫٥٪', 'number')).toEqual([]);
    });
  });

  describe('number', () => {
    it('finds digits in both scripts and number words', () => {
      expect(found('Police arrested 1,200 people.', 'number')).toEqual(['1,200']);
      expect(found('اعتقلت الشرطة ١٢٠٠ شخص', 'number')).toEqual(['١٢٠٠']);
      expect(found('نزح ثلاثة آلاف شخص', 'number')).toEqual(['ثلاثة', 'آلاف']);
      expect(found('Millions of people fled.', 'number')).toEqual(['Millions']);
      expect(found('قرض بقيمة ثلاثة ملياراتٍ', 'number')).toEqual(['ثلاثة', 'ملياراتٍ']);
    });
    it('does not take a word that merely contains a number word', () => {
      expect(found('the alphabet and the often-tense tone', 'number')).toEqual([]);
    });
  });

  describe('date', () => {
    it('finds English months, weekdays, years and relative dates', () => {
      expect(found('in March, on Friday, in 2014, last week', 'date')).toEqual(['March', 'Friday', '2014', 'last week']);
      expect(found('on 3 May 2020', 'date')).toEqual(['3 May', '2020']);
    });
    it('does not take the verb "may" for the month', () => {
      expect(found('Prices may rise.', 'date')).toEqual([]);
    });
    it('finds Arabic months, Levantine names included, with or without hamza', () => {
      expect(found('في كانون الثاني', 'date')).toEqual(['كانون الثاني']);
      expect(found('في شهر آذار', 'date')).toEqual(['آذار']);
      expect(found('منذ أيلول وتشرين الأول', 'date')).toEqual(['أيلول', 'وتشرين الأول']);
      expect(found('في أكتوبر الماضي', 'date')).toEqual(['أكتوبر']);
      expect(found('يوم الأحد', 'date')).toEqual(['يوم الأحد']);
      expect(found('في عام ٢٠٢٣', 'date')).toEqual(['في عام ٢٠٢٣']);
    });
    it('takes مارس and آب as months only next to a number', () => {
      expect(found('مارس الضغط على الحكومة', 'date')).toEqual([]);
      expect(found('في 5 مارس', 'date')).toEqual(['5 مارس']);
      expect(found('زار الأب ابنه', 'date')).toEqual([]);
      expect(found('في آب 2014', 'date')).toEqual(['آب 2014']);
    });
  });

  describe('entity', () => {
    it('finds Arabic titles and institutions with their prefixes', () => {
      expect(found('قال الرئيس', 'entity')).toEqual(['الرئيس']);
      expect(found('وأعلنت وزارة المالية', 'entity')).toEqual(['وزارة']);
      expect(found('بحسب الأمم المتحدة', 'entity')).toEqual(['الأمم المتحدة']);
    });
    it('finds English titles, capitalised names and acronyms, but not the first word or "I"', () => {
      expect(found('The minister met Karen Lowe at the IMF.', 'entity')).toEqual(['minister', 'Karen Lowe', 'IMF']);
      expect(found('Yesterday I went home.', 'entity')).toEqual([]);
    });
  });

  describe('attribution', () => {
    it('finds Arabic attribution verbs with or without harakat and prefixes', () => {
      expect(found('قالَ الوزير', 'attribution')).toEqual(['قالَ']);
      expect(found('وأكدت الوزارة', 'attribution')).toEqual(['وأكدت']);
      expect(found('وفقاً لبيانات الأمم المتحدة', 'attribution')).toEqual(['وفقاً ل']);
      expect(found('بحسب بيانات البنك', 'attribution')).toEqual(['بحسب', 'بيانات']);
      expect(found('بحسب المصدر', 'attribution')).toEqual(['بحسب']);
      expect(found('وأشار التقرير', 'attribution')).toEqual(['وأشار', 'التقرير']);
    });
    it('does not take قال inside another word (مقال)', () => {
      expect(found('نشر المقال أمس', 'attribution')).toEqual([]);
    });
    it('finds English attribution', () => {
      expect(found('the ministry said, according to officials', 'attribution')).toEqual(['said', 'according to']);
    });
  });

  describe('comparison', () => {
    it('finds Arabic comparatives, superlatives and changes', () => {
      expect(found('أكثر من ٣٠ ألفاً', 'comparison')).toEqual(['أكثر']);
      expect(found('وهو الأعلى منذ عشر سنوات', 'comparison')).toEqual(['الأعلى']);
      expect(found('ارتفع معدل التضخم', 'comparison')).toEqual(['ارتفع']);
      expect(found('مقارنة بالعام السابق', 'comparison')).toEqual(['مقارنة']);
    });
    it('finds English comparatives and superlatives but not words that only end in -est', () => {
      expect(found('more than last year, the largest ever, the earliest', 'comparison')).toEqual(['more than', 'largest', 'earliest']);
      expect(found('the interest on the request was honest', 'comparison')).toEqual([]);
    });
  });

  describe('causal', () => {
    it('finds causal links in both languages', () => {
      expect(found('نزحوا بسبب الفيضانات', 'causal')).toEqual(['بسبب']);
      expect(found('أدى الجفاف إلى تراجع', 'causal')).toEqual(['أدى']);
      expect(found('من جراء الزلزال', 'causal')).toEqual(['من جراء']);
      expect(found('The fire was caused by a fault and led to a closure because of it.', 'causal')).toEqual(['caused', 'led to', 'because']);
    });
  });

  describe('opinion and question', () => {
    it('finds opinion markers in both languages', () => {
      expect(found('أعتقد أن الحكومة ضلت طريقها', 'opinion')).toEqual(['أعتقد']);
      expect(found('يبدو أن لا أحد يستمع وربما', 'opinion')).toEqual(['يبدو', 'وربما']);
      expect(found('يجب أن نقف', 'opinion')).toEqual(['يجب']);
      expect(found('I think we should, perhaps.', 'opinion')).toEqual(['I think', 'should', 'perhaps']);
    });
    it('finds question marks in both scripts', () => {
      expect(found('من سيدفع؟ Who pays?', 'question')).toEqual(['؟', '?']);
    });
  });
});

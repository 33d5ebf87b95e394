import { z } from 'zod';
import { DIGITS_SETTINGS, INTERFACE_LANGUAGES } from '../interface-language.ts';

/** A language the interface is written in: `ar` or `en` (type `InterfaceLanguage` in `@sanad/shared/interface-language`). */
export const InterfaceLanguageSchema = z.enum(INTERFACE_LANGUAGES);

/** How numbers are written in the Arabic interface: `latn` (0-9) or `arab` (٠-٩) (type `DigitsSetting`). */
export const DigitsSettingSchema = z.enum(DIGITS_SETTINGS);

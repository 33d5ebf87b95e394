// The arabic catalogue's chunk, loaded when the language is first used: its messages compiled for Lingui.
import { compileCatalogue } from '../../compile.ts';
import { arabic } from './source.ts';

export default compileCatalogue(arabic);

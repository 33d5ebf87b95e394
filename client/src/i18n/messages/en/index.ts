// The english catalogue's chunk, loaded when the language is first used: its messages compiled for Lingui.
import { compileCatalogue } from '../../compile.ts';
import { english } from './source.ts';

export default compileCatalogue(english);

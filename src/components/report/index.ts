/** The components the generated MDX refers to by name (see scripts/pipeline/mdx.ts). */
import Heading from './Heading.astro';
import P from './P.astro';
import Var from './Var.astro';
import Salutation from './Salutation.astro';
import Closing from './Closing.astro';
import ExcerptGap from './ExcerptGap.astro';
import Fig from './Fig.astro';

export const reportComponents = { Heading, P, Var, Salutation, Closing, ExcerptGap, Fig };

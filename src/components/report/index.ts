/** The components the generated MDX refers to by name (see scripts/pipeline/mdx.ts). */
import Part from './Part.astro';
import Section from './Section.astro';
import Appendix from './Appendix.astro';
import Group from './Group.astro';
import P from './P.astro';
import Var from './Var.astro';
import Salutation from './Salutation.astro';
import Closing from './Closing.astro';
import ExcerptGap from './ExcerptGap.astro';

export const reportComponents = { Part, Section, Appendix, Group, P, Var, Salutation, Closing, ExcerptGap };

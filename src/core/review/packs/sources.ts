/**
 * The built-in rule packs as JSON, imported statically (the core does no IO). Validated and resolved
 * by rule-packs.ts; also the default library that `extends` is resolved against.
 */
import central2021 from './central-2021.json' with { type: 'json' };
import hebei2021 from './hebei-2021.json' with { type: 'json' };
import national2020 from './national-2020.json' with { type: 'json' };

export const builtInPackSources: readonly unknown[] = [national2020, central2021, hebei2021];

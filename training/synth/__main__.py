from training.synth.build import main

raise SystemExit(main())
